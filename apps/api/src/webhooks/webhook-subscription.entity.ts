import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Letter } from '../letters/letter.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';

export const WEBHOOK_EVENTS = ['letter.created', 'response.logged', 'question.status_changed', 'letter.overdue'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/**
 * Where to send which events. The secret signs every delivery, so it is kept
 * readable (unlike API keys, which are only verified) and never answered again
 * after the create.
 */
@Entity('webhook_subscriptions')
@Check('webhook_subscriptions_events_check', `cardinality(events) > 0`)
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  @Column({ name: 'filter_letter_id', type: 'uuid', nullable: true })
  filterLetterId: string | null;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filter_letter_id', foreignKeyConstraintName: 'webhook_subscriptions_filter_letter_id_fkey' })
  filterLetter?: Relation<Letter>;

  @Column({ name: 'filter_recipient_organization_id', type: 'uuid', nullable: true })
  filterRecipientOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filter_recipient_organization_id', foreignKeyConstraintName: 'webhook_subscriptions_filter_organization_id_fkey' })
  filterRecipientOrganization?: Relation<Organization>;

  @Column({ name: 'filter_signer_id', type: 'uuid', nullable: true })
  filterSignerId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filter_signer_id', foreignKeyConstraintName: 'webhook_subscriptions_filter_signer_id_fkey' })
  filterSigner?: Relation<Person>;

  @Column({ name: 'filter_tag', type: 'text', nullable: true })
  filterTag: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Deliveries in a row that used up every attempt; a success resets it. */
  @Column({ name: 'consecutive_failures', type: 'int', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
