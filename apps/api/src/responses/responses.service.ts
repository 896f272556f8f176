import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@app/rules';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../common/problem.js';
import { Problems } from '../common/problems.js';
import { refreshCurrentState } from '../counting/current-state.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { lockActiveLetter } from '../letters/letter-lookup.js';
import { enqueueResponseLogged } from '../webhooks/outbox.js';
import type { CreateResponseDto } from './dto/create-response.dto.js';
import type { ResponseView } from './response.view.js';
import { ResponseItem } from './response-item.entity.js';
import { Response } from './response.entity.js';


@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: TrackerSettings,
  ) {}

  /** Logs a response and its items in one transaction, after checking each item against the record. */
  async log(letterId: string, dto: CreateResponseDto): Promise<ResponseView> {
    const malformed = new Problems();
    if (dto.respondent && dto.respondent.personId && dto.respondent.organizationId) {
      malformed.add('respondent', 'give at most one of personId and organizationId');
    }
    const items = dto.items ?? [];
    const firstIndex = new Map<string, number>();
    items.forEach((item, i) => {
      const id = item.questionId.toLowerCase();
      if (firstIndex.has(id)) malformed.add(`items[${i}].questionId`, `items[${firstIndex.get(id)}] is already for this question`);
      else firstIndex.set(id, i);
    });
    return this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, letterId);
      const problems = new Problems();
      for (const fault of malformed.list()) problems.add(fault.field, fault.message);
      const today = this.settings.today();
      if (dto.receivedOn < letter.sentOn) problems.add('receivedOn', `receivedOn ${dto.receivedOn} is before the letter was sent (${letter.sentOn})`);
      if (dto.receivedOn > today) problems.add('receivedOn', `receivedOn ${dto.receivedOn} is in the future (today is ${today})`);
      await this.checkRespondent(manager, dto, problems);
      await this.checkItems(manager, letterId, dto.receivedOn, items.map((i) => i.questionId.toLowerCase()), problems);
      problems.throwUnprocessable();
      // Two statements, whatever the number of items: this is the hot write path.
      const [row] = await manager.query(
        `INSERT INTO responses (letter_id, received_on, respondent_person_id, respondent_organization_id, summary, source_url)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, seq::text AS seq, created_at`,
        [letterId, dto.receivedOn, dto.respondent?.personId ?? null, dto.respondent?.organizationId ?? null, dto.summary ?? null, dto.sourceUrl ?? null],
      );
      const response = Object.assign(new Response(), {
        id: row.id, letterId, receivedOn: dto.receivedOn, seq: row.seq, createdAt: row.created_at,
        respondentPersonId: dto.respondent?.personId ?? null, respondentOrganizationId: dto.respondent?.organizationId ?? null,
        summary: dto.summary ?? null, sourceUrl: dto.sourceUrl ?? null,
      });
      const inserted: { id: string; position: string }[] = items.length
        ? await manager.query(
            `INSERT INTO response_items (response_id, question_id, disposition, note, received_on, seq, position)
             SELECT $1, i.question_id, i.disposition, i.note, $2, $3, i.position
             FROM unnest($4::uuid[], $5::text[], $6::text[]) WITH ORDINALITY AS i(question_id, disposition, note, position)
             RETURNING id, position`,
            [response.id, dto.receivedOn, response.seq, items.map((i) => i.questionId.toLowerCase()), items.map((i) => i.disposition), items.map((i) => i.note ?? null)],
          )
        : [];
      const idAt = new Map(inserted.map((r) => [Number(r.position), r.id]));
      const saved = items.map((item, i) =>
        Object.assign(new ResponseItem(), {
          id: idAt.get(i + 1)!, responseId: response.id, questionId: item.questionId.toLowerCase(), disposition: item.disposition,
          note: item.note ?? null, receivedOn: response.receivedOn, seq: response.seq, position: i + 1,
        }),
      );
      await refreshCurrentState(manager, [letterId]);
      const view = toView(response, saved);
      await enqueueResponseLogged(manager, view);
      return view;
    });
  }

  async list(letterId: string): Promise<ResponseView[]> {
    const manager = this.dataSource.manager;
    const letter = await manager.query(`SELECT 1 FROM letters WHERE id = $1 AND archived_at IS NULL`, [letterId]);
    if (letter.length === 0) throw notFound('Letter', letterId);
    const responses = await manager.find(Response, { where: { letterId }, order: { receivedOn: 'ASC', seq: 'ASC' } });
    const items = responses.length
      ? await manager
          .getRepository(ResponseItem)
          .createQueryBuilder('i')
          .where('i.responseId IN (:...ids)', { ids: responses.map((r) => r.id) })
          .orderBy('i.position', 'ASC')
          .getMany()
      : [];
    return responses.map((r) => toView(r, items.filter((i) => i.responseId === r.id)));
  }

  private async checkRespondent(manager: EntityManager, dto: CreateResponseDto, problems: Problems) {
    const { personId, organizationId } = dto.respondent ?? {};
    if (personId && (await manager.query(`SELECT 1 FROM people WHERE id = $1`, [personId])).length === 0) {
      problems.add('respondent.personId', `no person has id ${personId}`);
    }
    if (organizationId && (await manager.query(`SELECT 1 FROM organizations WHERE id = $1`, [organizationId])).length === 0) {
      problems.add('respondent.organizationId', `no organization has id ${organizationId}`);
    }
  }

  /**
   * Each item must be for a question of this letter that had not been
   * superseded on the day the response arrived: answers to a reiterated
   * question are logged against the question that carries it.
   */
  private async checkItems(manager: EntityManager, letterId: string, receivedOn: IsoDate, questionIds: string[], problems: Problems) {
    if (questionIds.length === 0) return;
    const rows: { id: string; letter_id: string; carrier_id: string | null; carrier_letter_id: string | null }[] = await manager.query(
      `SELECT q.id, q.letter_id, c.id AS carrier_id, c.letter_id AS carrier_letter_id
       FROM questions q JOIN letters l ON l.id = q.letter_id
       LEFT JOIN LATERAL (
         SELECT t.id, t.letter_id FROM questions t JOIN letters tl ON tl.id = t.letter_id
         WHERE t.thread_id = q.thread_id AND tl.archived_at IS NULL AND tl.sent_on <= $2 AND tl.sent_on > l.sent_on
         ORDER BY tl.sent_on DESC, t.position LIMIT 1) c ON true
       WHERE q.id = ANY($1::uuid[])`,
      [questionIds, receivedOn],
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    questionIds.forEach((id, i) => {
      const row = found.get(id);
      if (!row) problems.add(`items[${i}].questionId`, `no question has id ${id}`);
      else if (row.letter_id !== letterId) problems.add(`items[${i}].questionId`, `question ${id} belongs to another letter`);
      else if (row.carrier_id) {
        problems.add(
          `items[${i}].questionId`,
          `question ${id} was superseded by ${receivedOn}: log the answer against question ${row.carrier_id} of letter ${row.carrier_letter_id}, which carries it`,
        );
      }
    });
  }
}

function toView(response: Response, items: ResponseItem[]): ResponseView {
  const { respondentPersonId: personId, respondentOrganizationId: organizationId } = response;
  return {
    id: response.id,
    letterId: response.letterId,
    receivedOn: response.receivedOn,
    respondent: personId || organizationId ? { personId, organizationId } : null,
    summary: response.summary,
    sourceUrl: response.sourceUrl,
    items: items.map((i) => ({ id: i.id, questionId: i.questionId, disposition: i.disposition, note: i.note })),
    createdAt: response.createdAt,
  };
}
