import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { checkPrecondition, type Precondition } from '../common/etag.js';
import { conflict, notFound } from '../common/problem.js';
import { Problems } from '../common/problems.js';
import { CountingService } from '../counting/counting.service.js';
import { lettersSharingThreads, refreshCurrentState } from '../counting/current-state.js';
import { reiterationFaults } from '../letters/letter-checks.js';
import { lockActiveLetter } from '../letters/letter-lookup.js';
import { questionView } from '../letters/letter-views.js';
import type { QuestionView } from '../letters/letter.view.js';
import { Letter } from '../letters/letter.entity.js';
import type { CreateQuestionDto, ReorderQuestionsDto, UpdateQuestionDto } from './dto/question.dto.js';
import { insertQuestions } from './question-writer.js';
import { Question } from './question.entity.js';

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counting: CountingService,
  ) {}

  async list(letterId: string, asOf: string): Promise<QuestionView[]> {
    const letter = await this.dataSource.manager.findOneBy(Letter, { id: letterId });
    if (!letter || letter.archivedAt) throw notFound('Letter', letterId);
    const questions = await this.dataSource.manager.find(Question, { where: { letterId }, order: { position: 'ASC' } });
    const statuses = await this.counting.questionStatuses([letterId], asOf);
    return questions.map((q) => questionView(q, statuses.get(q.id) ?? null));
  }

  async add(letterId: string, dto: CreateQuestionDto): Promise<QuestionView> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, letterId);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM questions WHERE letter_id = $1`, [letterId]);
      const position = Math.min(dto.position ?? count + 1, count + 1);
      await manager.query(`UPDATE questions SET position = position + 1 WHERE letter_id = $1 AND position >= $2`, [letterId, position]);
      const [question] = await insertQuestions(manager, letter, [dto], position, () => '');
      await refreshCurrentState(manager, [letterId]);
      return this.view(manager, question);
    });
  }

  async update(letterId: string, questionId: string, dto: UpdateQuestionDto, precondition?: Precondition): Promise<QuestionView> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, letterId);
      const question = await this.find(manager, letterId, questionId);
      checkPrecondition(question.version, precondition);
      const problems = new Problems();
      const today = this.counting.settings.today();
      if (dto.withdrawnOn) {
        if (dto.withdrawnOn < letter.sentOn) problems.add('withdrawnOn', `withdrawnOn ${dto.withdrawnOn} is before the letter was sent (${letter.sentOn})`);
        if (dto.withdrawnOn > today) problems.add('withdrawnOn', `withdrawnOn ${dto.withdrawnOn} is in the future (today is ${today})`);
      }
      if (dto.parentId) await this.checkParent(manager, question, dto.parentId, problems);
      if (dto.reiteratesId) {
        const faults = await reiterationFaults(manager, letter.followUpOfId, [dto.reiteratesId]);
        if (faults.has(0)) problems.add('reiteratesId', faults.get(0)!);
      }
      problems.throwUnprocessable();
      const rethread = dto.reiteratesId !== undefined && dto.reiteratesId !== question.reiteratesId;
      const formerThreads = rethread ? await lettersSharingThreads(manager, [letterId]) : [letterId];
      Object.assign(question, dto, { version: question.version + 1 });
      await manager.save(question);
      if (rethread) await this.rethread(manager, question);
      await refreshCurrentState(manager, formerThreads);
      return this.view(manager, question);
    });
  }

  async reorder(letterId: string, dto: ReorderQuestionsDto, precondition?: Precondition): Promise<QuestionView[]> {
    await this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, letterId);
      checkPrecondition(letter.version, precondition);
      const existing: { id: string }[] = await manager.query(`SELECT id FROM questions WHERE letter_id = $1`, [letterId]);
      const ids = new Set(existing.map((q) => q.id));
      const given = dto.questionIds.map((id) => id.toLowerCase());
      const problems = new Problems();
      if (new Set(given).size !== given.length) problems.add('questionIds', 'a question is listed twice');
      given.forEach((id, i) => {
        if (!ids.has(id)) problems.add(`questionIds[${i}]`, `no question of this letter has id ${id}`);
      });
      const missing = [...ids].filter((id) => !given.includes(id));
      if (missing.length) problems.add('questionIds', `every question of the letter must be listed; missing: ${missing.join(', ')}`);
      problems.throwUnprocessable();
      await manager.query(
        `UPDATE questions q SET position = o.position, version = q.version + 1, updated_at = now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE q.id = o.id AND q.position <> o.position`,
        [given],
      );
      // The order is part of the letter: a reorder moves the letter's ETag, so a second one from the same version fails.
      await manager.update(Letter, { id: letterId }, { version: letter.version + 1 });
    });
    return this.list(letterId, this.counting.settings.today());
  }

  /** Deletes a question no response, sub-part or later question refers to; the rest close up. */
  async remove(letterId: string, questionId: string, precondition?: Precondition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockActiveLetter(manager, letterId);
      const question = await this.find(manager, letterId, questionId);
      checkPrecondition(question.version, precondition);
      const [refs] = await manager.query(
        `SELECT (SELECT count(*) FROM response_items WHERE question_id = $1)::int AS items,
                (SELECT count(*) FROM questions WHERE parent_id = $1)::int AS parts,
                (SELECT count(*) FROM questions WHERE reiterates_id = $1)::int AS reiterations`,
        [questionId],
      );
      const reasons = [
        refs.items && `${refs.items} response item(s) refer to it`,
        refs.parts && `it has ${refs.parts} sub-part(s)`,
        refs.reiterations && `${refs.reiterations} later question(s) reiterate it`,
      ].filter(Boolean);
      if (reasons.length) {
        throw conflict(`The question cannot be deleted: ${reasons.join('; ')}. Withdraw it instead.`, [
          { field: 'questionId', message: reasons.join('; ') },
        ]);
      }
      const formerThreads = await lettersSharingThreads(manager, [letterId]);
      await manager.delete(Question, { id: questionId });
      await refreshCurrentState(manager, formerThreads);
      await manager.query(`UPDATE questions SET position = position - 1 WHERE letter_id = $1 AND position > $2`, [letterId, question.position]);
    });
  }

  private async find(manager: EntityManager, letterId: string, questionId: string): Promise<Question> {
    const question = await manager.findOneBy(Question, { id: questionId, letterId });
    if (!question) throw notFound('Question', questionId);
    return question;
  }

  private async checkParent(manager: EntityManager, question: Question, parentId: string, problems: Problems) {
    const chain: { id: string; letter_id: string }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id, letter_id, depth) AS (
         SELECT id, parent_id, letter_id, 1 FROM questions WHERE id = $1
         UNION ALL SELECT q.id, q.parent_id, q.letter_id, up.depth + 1 FROM questions q JOIN up ON q.id = up.parent_id WHERE up.depth < 100)
       SELECT id, letter_id FROM up`,
      [parentId],
    );
    if (chain.length === 0 || chain[0].letter_id !== question.letterId) problems.add('parentId', `no question of this letter has id ${parentId}`);
    else if (chain.some((q) => q.id === question.id)) problems.add('parentId', 'a question cannot be a sub-part of itself or of its own sub-part');
  }

  /** A changed reiteration moves the question, and every later question that reiterates it, to the new thread. */
  private async rethread(manager: EntityManager, question: Question) {
    const [target] = question.reiteratesId
      ? await manager.query(`SELECT thread_id FROM questions WHERE id = $1`, [question.reiteratesId])
      : [{ thread_id: question.id }];
    await manager.query(
      `WITH RECURSIVE down(id) AS (
         SELECT $1::uuid UNION SELECT q.id FROM questions q JOIN down ON q.reiterates_id = down.id)
       UPDATE questions SET thread_id = $2 WHERE id IN (SELECT id FROM down)`,
      [question.id, target.thread_id],
    );
  }

  private async view(manager: EntityManager, question: Question): Promise<QuestionView> {
    const fresh = await manager.findOneByOrFail(Question, { id: question.id });
    const statuses = await this.counting.questionStatuses([question.letterId], this.counting.settings.today(), manager);
    return questionView(fresh, statuses.get(question.id) ?? null);
  }
}
