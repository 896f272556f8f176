import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Letter } from '../letters/letter.entity.js';

/**
 * That a letter was seen overdue on a due date. Its key makes `letter.overdue`
 * fire once per letter and due date, whatever the number of workers or restarts.
 */
@Entity('letter_overdue_notices')
export class LetterOverdueNotice {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @PrimaryColumn({ name: 'due_on', type: 'date' })
  dueOn: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'letter_overdue_notices_letter_id_fkey' })
  letter?: Relation<Letter>;

  /** The outbox event written with it; null when no subscription wanted it then. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @CreateDateColumn({ name: 'noticed_at', type: 'timestamptz' })
  noticedAt: Date;
}
