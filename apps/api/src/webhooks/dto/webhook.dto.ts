import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUrl, MaxLength, ValidateNested,
} from 'class-validator';
import { IsId, IsOptionalNotNull } from '../../common/validators.js';
import { WEBHOOK_EVENTS, type WebhookEventType } from '../webhook-subscription.entity.js';

const EVENTS_MESSAGE = `each of events must be one of: ${WEBHOOK_EVENTS.join(', ')}`;
const URL_MESSAGE = 'url must be an absolute http:// or https:// URL';

/** Which letters' events to send; every condition given must hold (none: every letter). */
export class WebhookFilterDto {
  @IsOptional()
  @IsId()
  letterId?: string;

  /** Letters addressed to this organization, or to a person of it. */
  @IsOptional()
  @IsId()
  recipientOrganizationId?: string;

  @IsOptional()
  @IsId()
  signerId?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(60)
  tag?: string;
}

export class CreateWebhookDto {
  /** Where deliveries are POSTed. Loopback and private addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true. */
  @IsString({ message: URL_MESSAGE })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true }, { message: URL_MESSAGE })
  url: string;

  /** `letter.created`, `response.logged`, `question.status_changed`, `letter.overdue`. */
  @IsArray({ message: 'events must be a list of event types' })
  @ArrayNotEmpty({ message: 'events must name at least one event type' })
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique({ message: 'events must not repeat an event type' })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE })
  events: WebhookEventType[];

  @IsOptional()
  @IsObject({ message: 'filter must be an object' })
  @ValidateNested()
  @Type(() => WebhookFilterDto)
  filter?: WebhookFilterDto | null;
}

export class UpdateWebhookDto {
  @IsOptionalNotNull()
  @IsString({ message: URL_MESSAGE })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true }, { message: URL_MESSAGE })
  url?: string;

  @IsOptionalNotNull()
  @IsArray({ message: 'events must be a list of event types' })
  @ArrayNotEmpty({ message: 'events must name at least one event type' })
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique({ message: 'events must not repeat an event type' })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE })
  events?: WebhookEventType[];

  /** Replaces the whole filter; null removes it. */
  @IsOptional()
  @IsObject({ message: 'filter must be an object' })
  @ValidateNested()
  @Type(() => WebhookFilterDto)
  filter?: WebhookFilterDto | null;

  /** `true` re-enables a subscription that was disabled after failures (and resets its failure count); `false` pauses it. */
  @IsOptionalNotNull()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
