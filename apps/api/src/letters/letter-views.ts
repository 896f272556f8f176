import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { resolve, type Counts, type IsoDate } from '@app/rules';
import { DataSource, type EntityManager } from 'typeorm';
import { columnsOf } from '../common/entity-columns.js';
import { CountingService } from '../counting/counting.service.js';
import type { LetterStateRow } from '../counting/letter-state.query.js';
import { Extension } from '../extensions/extension.entity.js';
import { Question } from '../questions/question.entity.js';
import { followUpChain, reiterationLinks } from './letter-chain.js';
import { Letter } from './letter.entity.js';
import type { LetterView, QuestionView, RecipientView, SignerView } from './letter.view.js';

export function countsOf(row: LetterStateRow): Counts {
  return {
    total: row.total, open: row.open, unanswered: row.unanswered, answered: row.answered,
    partiallyAnswered: row.partially_answered, acknowledged: row.acknowledged, nonResponsive: row.non_responsive,
    declined: row.declined, referred: row.referred, withdrawn: row.withdrawn, superseded: row.superseded,
  };
}

export function questionView(q: Question, status: QuestionView['status']): QuestionView {
  return {
    id: q.id, letterId: q.letterId, position: q.position, label: q.label, text: q.text, kind: q.kind, status,
    parentId: q.parentId, reiteratesId: q.reiteratesId, withdrawnOn: q.withdrawnOn,
    createdAt: q.createdAt, updatedAt: q.updatedAt, version: q.version,
  };
}

/** A letter as of a date before it was sent: it exists in no count yet. */
function notYetSent(letter: Letter): LetterStateRow {
  const zero = { total: 0, open: 0, unanswered: 0, answered: 0, partially_answered: 0, acknowledged: 0, non_responsive: 0, declined: 0, referred: 0, withdrawn: 0, superseded: 0 };
  return {
    id: letter.id, sent_on: letter.sentOn, due_on: letter.statedDueOn ?? letter.policyDueOn, due_on_source: letter.statedDueOn ? 'stated' : 'policy',
    extension_granted_on: null, status: 'not_yet_sent', timeliness: null, days_overdue: null, days_outstanding: null, first_response_on: null, ...zero,
  };
}

/** Turns letters and their computed states into what the API answers, with no query per letter. */
@Injectable()
export class LetterViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counting: CountingService,
  ) {}

  /** One letter with its questions and extensions, as of a date. */
  async detail(letter: Letter, asOf: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<LetterView> {
    const state = (await this.counting.letterState(letter, asOf, manager)) ?? notYetSent(letter);
    const [view] = await this.assemble([letter], new Map([[letter.id, state]]), asOf, manager);
    const [questions, statuses, extensions, links, chain] = await Promise.all([
      manager.query(`SELECT ${columnsOf(Question)} FROM questions WHERE letter_id = $1 ORDER BY position`, [letter.id]) as Promise<Question[]>,
      this.counting.questionStatuses([letter.id], asOf, manager),
      manager.query(`SELECT ${columnsOf(Extension)} FROM extensions WHERE letter_id = $1 ORDER BY granted_on, seq`, [letter.id]) as Promise<Extension[]>,
      reiterationLinks(manager, letter.id, asOf),
      followUpChain(manager, letter.id),
    ]);
    view.fullText = letter.fullText;
    view.questions = questions.map((q) => ({
      ...questionView(q, statuses.get(q.id) ?? null),
      reiteratedBy: links.reiteratedBy.get(q.id) ?? [],
      carriedBy: statuses.get(q.id) === 'superseded' ? (links.carriedBy.get(q.id) ?? []) : [],
    }));
    view.predecessors = chain.predecessors;
    view.successors = chain.successors;
    view.extensions = extensions.map((e) => ({ id: e.id, newDueOn: e.newDueOn, grantedOn: e.grantedOn, note: e.note, createdAt: e.createdAt }));
    return view;
  }

  /** List entries: the letters in the given order, with their states. */
  async assemble(letters: Letter[], states: Map<string, LetterStateRow>, asOf: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<LetterView[]> {
    const ids = letters.map((l) => l.id);
    const [signers, recipients] = await Promise.all([this.signersOf(ids, manager), this.recipientsOf(ids, manager)]);
    return letters.map((letter) => {
      const state = states.get(letter.id)!;
      const counts = countsOf(state);
      return {
        id: letter.id,
        title: letter.title,
        summary: letter.summary,
        sourceUrl: letter.sourceUrl,
        sentOn: letter.sentOn,
        statedDueOn: letter.statedDueOn,
        dueOn: state.due_on,
        dueOnSource: state.due_on_source,
        dueOnExplanation: this.counting.explainDueOn(state, letter),
        status: state.status,
        resolution: state.status === 'closed' ? resolve(counts) : null,
        timeliness: state.timeliness,
        daysOverdue: state.days_overdue,
        daysOutstanding: state.days_outstanding,
        asOf,
        counts,
        committeeId: letter.committeeId,
        followUpOfId: letter.followUpOfId,
        signers: signers.get(letter.id) ?? [],
        recipients: recipients.get(letter.id) ?? [],
        tags: letter.tags,
        archived: letter.archivedAt !== null,
        createdAt: letter.createdAt,
        updatedAt: letter.updatedAt,
        version: letter.version,
      };
    });
  }

  async letters(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Letter[]> {
    const found: Letter[] = await manager.query(`SELECT ${columnsOf(Letter)} FROM letters WHERE id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(found.map((l) => [l.id, l]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  private async signersOf(ids: string[], manager: EntityManager): Promise<Map<string, SignerView[]>> {
    const rows: (SignerView & { letterId: string })[] = await manager.query(
      `SELECT s.letter_id AS "letterId", s.person_id AS "personId", s.role, p.full_name AS "fullName", p.bioguide_id AS "bioguideId"
       FROM letter_signers s JOIN people p ON p.id = s.person_id
       WHERE s.letter_id = ANY($1::uuid[]) ORDER BY s.letter_id, s.position`,
      [ids],
    );
    return groupBy(rows, ({ letterId, ...signer }) => [letterId, signer]);
  }

  private async recipientsOf(ids: string[], manager: EntityManager): Promise<Map<string, RecipientView[]>> {
    const rows: (RecipientView & { letterId: string })[] = await manager.query(
      `SELECT r.letter_id AS "letterId", r.person_id AS "personId", r.organization_id AS "organizationId",
              coalesce(p.full_name, o.name) AS name
       FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id LEFT JOIN organizations o ON o.id = r.organization_id
       WHERE r.letter_id = ANY($1::uuid[]) ORDER BY r.letter_id, r.position`,
      [ids],
    );
    return groupBy(rows, ({ letterId, ...recipient }) => [letterId, recipient]);
  }
}

function groupBy<T, V>(rows: T[], split: (row: T) => [string, V]): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const row of rows) {
    const [key, value] = split(row);
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}
