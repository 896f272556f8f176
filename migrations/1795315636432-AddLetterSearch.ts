import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over a letter's title, summary, questions and full text,
 * and a GIN index for tag filters. Triggers keep the vector current: a
 * letter's own change recomputes it, and a change to its questions touches
 * the letter so it recomputes.
 */
export class AddLetterSearch1795315636432 implements MigrationInterface {
  name = 'AddLetterSearch1795315636432';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" ADD "search_vector" tsvector`);
    await queryRunner.query(`
      CREATE FUNCTION letters_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(
            (SELECT string_agg(q.text, ' ' ORDER BY q.position) FROM questions q WHERE q.letter_id = NEW.id), '')), 'B') ||
          setweight(to_tsvector('english', left(coalesce(NEW.full_text, ''), 300000)), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER letters_search_vector BEFORE INSERT OR UPDATE OF title, summary, full_text, search_vector ON "letters"
      FOR EACH ROW EXECUTE FUNCTION letters_search_vector()`);
    await queryRunner.query(`
      CREATE FUNCTION questions_touch_letter_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE letters SET search_vector = NULL
        WHERE id IN (SELECT letter_id FROM changed_questions);
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      const table = event === 'DELETE' ? 'OLD TABLE' : 'NEW TABLE';
      await queryRunner.query(`
        CREATE TRIGGER questions_search_${event.toLowerCase()} AFTER ${event} ON "questions"
        REFERENCING ${table} AS changed_questions
        FOR EACH STATEMENT EXECUTE FUNCTION questions_touch_letter_search()`);
    }
    await queryRunner.query(`CREATE INDEX "letters_search_vector_idx" ON "letters" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "letters_tags_idx" ON "letters" USING GIN ("tags")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "letters_tags_idx"`);
    await queryRunner.query(`DROP INDEX "letters_search_vector_idx"`);
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER questions_search_${event} ON "questions"`);
    await queryRunner.query(`DROP FUNCTION questions_touch_letter_search()`);
    await queryRunner.query(`DROP TRIGGER letters_search_vector ON "letters"`);
    await queryRunner.query(`DROP FUNCTION letters_search_vector()`);
    await queryRunner.query(`ALTER TABLE "letters" DROP COLUMN "search_vector"`);
  }
}
