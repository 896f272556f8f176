import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A letter's state over a span of days in which none of its facts changes:
 * from `validFrom` (a fact's date) up to, not including, `validTo` (the next
 * fact's date, or infinity). Derived from the facts by the same SQL that
 * replays them, rewritten by every write's own transaction, so a read as of
 * any date is one range lookup. Archived letters have no spans.
 */
@Entity('letter_states')
@Index('letter_states_span_idx', ['validTo', 'validFrom'])
@Index('letter_states_due_on_idx', ['dueOn'])
export class LetterState {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid', primaryKeyConstraintName: 'letter_states_pkey' })
  letterId: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date', primaryKeyConstraintName: 'letter_states_pkey' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn: string;

  /** Copied from the letter, so aggregates by committee or tag need not read the letters table. */
  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'due_on_source', type: 'text' })
  dueOnSource: string;

  @Column({ name: 'extension_granted_on', type: 'date', nullable: true })
  extensionGrantedOn: string | null;

  @Column({ name: 'first_response_on', type: 'date', nullable: true })
  firstResponseOn: string | null;

  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int' })
  open: number;

  @Column({ type: 'int' })
  unanswered: number;

  @Column({ type: 'int' })
  answered: number;

  @Column({ name: 'partially_answered', type: 'int' })
  partiallyAnswered: number;

  @Column({ type: 'int' })
  acknowledged: number;

  @Column({ name: 'non_responsive', type: 'int' })
  nonResponsive: number;

  @Column({ type: 'int' })
  declined: number;

  @Column({ type: 'int' })
  referred: number;

  @Column({ type: 'int' })
  withdrawn: number;

  @Column({ type: 'int' })
  superseded: number;
}
