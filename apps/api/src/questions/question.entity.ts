import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, type Relation,
} from 'typeorm';
import { Letter } from '../letters/letter.entity.js';

export const QUESTION_KINDS = ['question', 'document_request', 'briefing_request', 'other'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

@Check('questions_kind_check', `kind IN ('question', 'document_request', 'briefing_request', 'other')`)
@Entity('questions')
@Unique('questions_letter_label_key', ['letterId', 'label'])
@Unique('questions_letter_position_key', ['letterId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'questions_letter_id_fkey' })
  letter?: Relation<Letter>;

  /** 1-based order within the letter. */
  @Column({ type: 'int' })
  position: number;

  /** The label as printed: 3, 2(a), II.1. */
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  kind: QuestionKind;

  /** The item this one is a sub-part of, in the same letter. */
  @Index('questions_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'questions_parent_id_fkey' })
  parent?: Relation<Question>;

  /** The question of an earlier letter up the follow-up chain that this one asks again. */
  @Index('questions_reiterates_id_idx')
  @Column({ name: 'reiterates_id', type: 'uuid', nullable: true })
  reiteratesId: string | null;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reiterates_id', foreignKeyConstraintName: 'questions_reiterates_id_fkey' })
  reiterates?: Relation<Question>;

  /** The first question of its reiteration thread (itself when it reiterates nothing); kept by the service. */
  @Index('questions_thread_id_idx')
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn: string | null;

  /** Status with every recorded fact counted (as of today); kept by each write's transaction. */
  @Column({ name: 'current_status', type: 'text', nullable: true })
  currentStatus: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
