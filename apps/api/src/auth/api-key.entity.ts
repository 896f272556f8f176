import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** An API key: only a hash of its secret is kept; revoked keys stay for the audit trail. */
@Entity('api_keys')
@Check('api_keys_role_check', `role IN ('viewer', 'editor', 'admin')`)
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  /** SHA-256 of the secret, hex. */
  @Index('api_keys_secret_hash_key', { unique: true })
  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash: string;

  /** The secret's first characters, so people can tell keys apart. */
  @Column({ name: 'secret_prefix', type: 'text' })
  secretPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
