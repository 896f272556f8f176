import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLetterStateDueIndex1795329353321 implements MigrationInterface {
  name = 'AddLetterStateDueIndex1795329353321';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "letter_states_due_on_idx" ON "letter_states"  ("due_on") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."letter_states_due_on_idx"`);
  }
}
