import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Letter } from '../letters/letter.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';

@Check('responses_one_respondent', 'num_nonnulls(respondent_person_id, respondent_organization_id) <= 1')
@Entity('responses')
@Index('responses_letter_received_idx', ['letterId', 'receivedOn'])
export class Response {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'responses_letter_id_fkey' })
  letter?: Relation<Letter>;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** Logging order; breaks ties between responses received the same day. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ name: 'respondent_person_id', type: 'uuid', nullable: true })
  respondentPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_person_id', foreignKeyConstraintName: 'responses_respondent_person_id_fkey' })
  respondentPerson?: Relation<Person>;

  @Column({ name: 'respondent_organization_id', type: 'uuid', nullable: true })
  respondentOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_organization_id', foreignKeyConstraintName: 'responses_respondent_organization_id_fkey' })
  respondentOrganization?: Relation<Organization>;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
