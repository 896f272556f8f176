import { Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per event, written in the transaction of the change it
 * reports, so an event exists exactly when its change committed. The worker
 * fans each one out to the matching subscriptions.
 */
@Entity('webhook_events')
@Index('webhook_events_pending_idx', ['seq'], { where: 'fanned_out_at IS NULL' })
@Index('webhook_events_occurred_at_idx', ['occurredAt'])
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Commit order, roughly: the worker fans events out oldest first. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'text' })
  type: string;

  /** The letter the event is about: subscription filters are evaluated against it. */
  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'fanned_out_at', type: 'timestamptz', nullable: true })
  fannedOutAt: Date | null;
}
