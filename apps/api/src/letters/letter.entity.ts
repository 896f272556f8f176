import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation,
} from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';

@Entity('letters')
@Index('letters_sent_on_id_idx', ['sentOn', 'id'])
export class Letter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'full_text', type: 'text', nullable: true })
  fullText: string | null;

  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn: string;

  /** The response date the letter itself asks for. */
  @Column({ name: 'stated_due_on', type: 'date', nullable: true })
  statedDueOn: string | null;

  /** The due date the configured default policy gives; kept current when the policy changes. */
  @Column({ name: 'policy_due_on', type: 'date' })
  policyDueOn: string;

  @Index('letters_committee_id_idx')
  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'letters_committee_id_fkey' })
  committee?: Relation<Organization>;

  @Index('letters_follow_up_of_id_idx')
  @Column({ name: 'follow_up_of_id', type: 'uuid', nullable: true })
  followUpOfId: string | null;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'follow_up_of_id', foreignKeyConstraintName: 'letters_follow_up_of_id_fkey' })
  followUpOf?: Relation<Letter>;

  @Index('letters_tags_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Title, summary, questions and full text for full-text search; kept by triggers (see the AddLetterSearch migration). */
  @Index('letters_search_vector_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  /** Set when the letter is deleted: it leaves lists and counts but is never erased. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
