import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCurrentState1795317756530 implements MigrationInterface {
  name = 'AddCurrentState1795317756530';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" ADD "current_status" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "current_status"`);
  }
}
