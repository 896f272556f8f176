import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { Letter } from './letter.entity.js';

/** One addressee of a letter: a person or an organization. */
@Entity('letter_recipients')
@Check('letter_recipients_one_party', 'num_nonnulls(person_id, organization_id) = 1')
@Index('letter_recipients_letter_person_key', ['letterId', 'personId'], { unique: true })
@Index('letter_recipients_letter_organization_key', ['letterId', 'organizationId'], { unique: true })
export class LetterRecipient {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @Index('letter_recipients_person_id_idx')
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Index('letter_recipients_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'letter_recipients_letter_id_fkey' })
  letter?: Relation<Letter>;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'letter_recipients_person_id_fkey' })
  person?: Relation<Person>;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'letter_recipients_organization_id_fkey' })
  organization?: Relation<Organization>;
}
