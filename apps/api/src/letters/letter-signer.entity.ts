import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity.js';
import { Letter } from './letter.entity.js';

export const SIGNER_ROLES = ['lead', 'cosigner'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

@Check('letter_signers_role_check', `role IN ('lead', 'cosigner')`)
@Entity('letter_signers')
@Index('letter_signers_person_id_idx', ['personId'])
export class LetterSigner {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid', primaryKeyConstraintName: 'letter_signers_pkey' })
  letterId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'letter_signers_pkey' })
  personId: string;

  @Column({ type: 'text' })
  role: SignerRole;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'letter_signers_letter_id_fkey' })
  letter?: Relation<Letter>;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'letter_signers_person_id_fkey' })
  person?: Relation<Person>;
}
