import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Letter } from '../letters/letter.entity.js';

/** A new due date granted or announced on a date; every one is kept. */
@Entity('extensions')
@Index('extensions_letter_granted_idx', ['letterId', 'grantedOn', 'seq'])
export class Extension {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'extensions_letter_id_fkey' })
  letter?: Relation<Letter>;

  @Column({ name: 'new_due_on', type: 'date' })
  newDueOn: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Logging order; breaks ties between extensions granted the same day. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
