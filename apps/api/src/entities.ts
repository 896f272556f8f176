import { ApiKey } from './auth/api-key.entity.js';
import { LetterState } from './counting/letter-state.entity.js';
import { Setting } from './counting/setting.entity.js';
import { Extension } from './extensions/extension.entity.js';
import { LetterRecipient } from './letters/letter-recipient.entity.js';
import { LetterSigner } from './letters/letter-signer.entity.js';
import { Letter } from './letters/letter.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { Person } from './people/person.entity.js';
import { Question } from './questions/question.entity.js';
import { ResponseItem } from './responses/response-item.entity.js';
import { Response } from './responses/response.entity.js';
import { LetterOverdueNotice } from './webhooks/letter-overdue-notice.entity.js';
import { WebhookAttempt } from './webhooks/webhook-attempt.entity.js';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity.js';
import { WebhookEvent } from './webhooks/webhook-event.entity.js';
import { WebhookSubscription } from './webhooks/webhook-subscription.entity.js';

/** Every TypeORM entity of the service, for the data source and for migration generation. */
export const ENTITIES: Function[] = [Organization, Person, Letter, LetterSigner, LetterRecipient, Question, Response, ResponseItem, Extension, Setting, ApiKey, LetterState,
  WebhookSubscription, WebhookEvent, WebhookDelivery, WebhookAttempt, LetterOverdueNotice];
