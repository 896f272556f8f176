import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { ListDeliveriesQuery } from './dto/list-deliveries.query.js';
import { CreateWebhookDto, UpdateWebhookDto } from './dto/webhook.dto.js';
import { CreatedWebhookView, DeliveryAttemptPage, WebhookList, WebhookView } from './webhook.view.js';
import { WebhooksService } from './webhooks.service.js';

/** Subscriptions name targets and carry signing secrets: editors and admins only, reads included. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Access('editor')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /**
   * Subscribes a URL to events, optionally only those of letters matching `filter`.
   * The answer's `secret` (`whsec_...`) signs every delivery and is shown this once.
   */
  @Post()
  @HttpCode(201)
  create(@Body() dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    return this.webhooks.create(dto);
  }

  @Get()
  async list(): Promise<WebhookList> {
    return { data: await this.webhooks.list() };
  }

  @Get(':id')
  get(@Param('id', UuidPipe) id: string): Promise<WebhookView> {
    return this.webhooks.get(id);
  }

  /** Changes the URL, events or filter; `active: true` re-enables a subscription disabled after failures. */
  @Patch(':id')
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateWebhookDto): Promise<WebhookView> {
    return this.webhooks.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', UuidPipe) id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  /** Every attempt to deliver to this subscription, newest first: when, the status code, the error, and when the next try is due. */
  @Get(':id/deliveries')
  deliveries(@Param('id', UuidPipe) id: string, @Query() query: ListDeliveriesQuery): Promise<DeliveryAttemptPage> {
    return this.webhooks.attempts(id, query);
  }
}
