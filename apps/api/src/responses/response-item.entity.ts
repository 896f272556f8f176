import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { Disposition } from '@app/rules';
import { Question } from '../questions/question.entity.js';
import { Response } from './response.entity.js';

/**
 * What one response said of one question. `receivedOn` and `seq` repeat the
 * response's, so "the latest item for a question as of a date" is one index scan.
 */
@Check('response_items_disposition_check', `disposition IN ('answered', 'partially_answered', 'declined', 'referred', 'acknowledged', 'non_responsive')`)
@Entity('response_items')
@Unique('response_items_response_question_key', ['responseId', 'questionId'])
@Index('response_items_question_latest_idx', ['questionId', 'receivedOn', 'seq'])
export class ResponseItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @ManyToOne(() => Response, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'response_items_response_id_fkey' })
  response?: Relation<Response>;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'response_items_question_id_fkey' })
  question?: Relation<Question>;

  @Column({ type: 'text' })
  disposition: Disposition;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'bigint' })
  seq: string;

  @Column({ type: 'int' })
  position: number;
}
