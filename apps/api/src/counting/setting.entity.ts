import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Facts about how stored values were computed, so a changed configuration can bring them up to date. */
@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  value: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
