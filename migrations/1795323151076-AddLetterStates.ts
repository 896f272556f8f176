import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLetterStates1795323151076 implements MigrationInterface {
  name = 'AddLetterStates1795323151076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "letter_states" ("letter_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "sent_on" date NOT NULL, "committee_id" uuid, "tags" text array NOT NULL, "due_on" date NOT NULL, "due_on_source" text NOT NULL, "extension_granted_on" date, "first_response_on" date, "total" integer NOT NULL, "open" integer NOT NULL, "unanswered" integer NOT NULL, "answered" integer NOT NULL, "partially_answered" integer NOT NULL, "acknowledged" integer NOT NULL, "non_responsive" integer NOT NULL, "declined" integer NOT NULL, "referred" integer NOT NULL, "withdrawn" integer NOT NULL, "superseded" integer NOT NULL, CONSTRAINT "letter_states_pkey" PRIMARY KEY ("letter_id", "valid_from"))`);
    await queryRunner.query(`CREATE INDEX "letter_states_span_idx" ON "letter_states"  ("valid_to", "valid_from") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."letter_states_span_idx"`);
    await queryRunner.query(`DROP TABLE "letter_states"`);
  }
}
