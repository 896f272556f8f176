import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation,
} from 'typeorm';
import { ApiHideProperty } from '@nestjs/swagger';
import { Organization } from '../organizations/organization.entity.js';

export const PERSON_KINDS = ['member', 'official', 'other'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const CHAMBERS = ['house', 'senate'] as const;
export type Chamber = (typeof CHAMBERS)[number];

@Check('people_kind_check', `kind IN ('member', 'official', 'other')`)
@Check('people_chamber_check', `chamber IN ('house', 'senate')`)
@Entity('people')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text' })
  kind: PersonKind;

  /** Members of Congress: the Biographical Directory id, such as M001137; unique when present. */
  @Index('people_bioguide_id_key', { unique: true })
  @Column({ name: 'bioguide_id', type: 'text', nullable: true })
  bioguideId: string | null;

  @Column({ type: 'text', nullable: true })
  chamber: Chamber | null;

  @Column({ type: 'text', nullable: true })
  party: string | null;

  @Column({ type: 'text', nullable: true })
  state: string | null;

  /** Officials: their title, such as Secretary of State. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Index('people_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ApiHideProperty()
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'people_organization_id_fkey' })
  organization?: Relation<Organization>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
