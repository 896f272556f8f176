import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation,
} from 'typeorm';
import { ApiHideProperty } from '@nestjs/swagger';

export const ORGANIZATION_KINDS = ['agency', 'committee', 'subcommittee', 'company', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Check('organizations_kind_check', `kind IN ('agency', 'committee', 'subcommittee', 'company', 'other')`)
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  /** Committee codes such as HSFA or HSFA07; unique when present. */
  @Index('organizations_code_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Index('organizations_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ApiHideProperty()
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organizations_parent_id_fkey' })
  parent?: Relation<Organization>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
