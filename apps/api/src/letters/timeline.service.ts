import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays, computeAsOf, dueDate, type Disposition, type Facts, type IsoDate, type LetterFact, type QuestionFact, type ResponseFact,
} from '@app/rules';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { followUpChain } from './letter-chain.js';
import { Letter } from './letter.entity.js';
import type { TimelineEntryView, TimelineView } from './timeline.view.js';

type TimelineEntry = TimelineEntryView & Record<string, unknown>;

const KIND_ORDER = ['sent', 'extension', 'response', 'withdrawal', 'follow_up', 'due', 'overdue'];

/**
 * A letter's history in date order. The days it became overdue come from the
 * reference rule replayed on the letter's own facts at every date where its
 * timeliness could change.
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: TrackerSettings,
  ) {}

  async timeline(letterId: string, asOf: IsoDate): Promise<TimelineView> {
    const manager = this.dataSource.manager;
    const letter = await manager.findOneBy(Letter, { id: letterId });
    if (!letter || letter.archivedAt) throw notFound('Letter', letterId);
    const [questions, responses, extensions, mates, chain] = await Promise.all([
      manager.query(`SELECT id, label, text, reiterates_id, thread_id, withdrawn_on FROM questions WHERE letter_id = $1 ORDER BY position`, [letterId]),
      manager.query(
        `SELECT r.id, r.received_on, r.seq::text AS seq, r.summary, r.respondent_person_id, r.respondent_organization_id,
                coalesce(p.full_name, o.name) AS respondent_name,
                coalesce(json_agg(json_build_object('questionId', i.question_id, 'label', q.label, 'disposition', i.disposition, 'note', i.note)
                         ORDER BY i.position) FILTER (WHERE i.id IS NOT NULL), '[]') AS items
         FROM responses r LEFT JOIN response_items i ON i.response_id = r.id LEFT JOIN questions q ON q.id = i.question_id
         LEFT JOIN people p ON p.id = r.respondent_person_id LEFT JOIN organizations o ON o.id = r.respondent_organization_id
         WHERE r.letter_id = $1 GROUP BY r.id, p.full_name, o.name ORDER BY r.received_on, r.seq`,
        [letterId],
      ),
      manager.query(`SELECT id, new_due_on, granted_on, seq::text AS seq, note FROM extensions WHERE letter_id = $1 ORDER BY granted_on, seq`, [letterId]),
      manager.query(
        `SELECT t.id, t.letter_id, t.reiterates_id, t.withdrawn_on, l.sent_on, l.archived_at IS NOT NULL AS archived
         FROM questions t JOIN letters l ON l.id = t.letter_id
         WHERE t.thread_id IN (SELECT thread_id FROM questions WHERE letter_id = $1) AND t.letter_id <> $1`,
        [letterId],
      ),
      followUpChain(manager, letterId),
    ]);

    const entries: TimelineEntry[] = [{ on: letter.sentOn, kind: 'sent', letterId, title: letter.title }];
    const original = dueDate(letter, [], letter.sentOn, this.settings.policy);
    entries.push({ on: original.dueOn, kind: 'due', dueOn: original.dueOn, source: original.dueOnSource, explanation: original.dueOnExplanation });
    for (const e of extensions) entries.push({ on: e.granted_on, kind: 'extension', extensionId: e.id, newDueOn: e.new_due_on, note: e.note });
    for (const r of responses) {
      const respondent = r.respondent_person_id || r.respondent_organization_id
        ? { personId: r.respondent_person_id, organizationId: r.respondent_organization_id, name: r.respondent_name }
        : null;
      entries.push({ on: r.received_on, kind: 'response', responseId: r.id, respondent, summary: r.summary, items: r.items });
    }
    for (const q of questions) {
      if (q.withdrawn_on) entries.push({ on: q.withdrawn_on, kind: 'withdrawal', questionId: q.id, label: q.label, text: q.text });
    }
    for (const s of chain.successors) {
      if (!s.archived) entries.push({ on: s.sentOn, kind: 'follow_up', letterId: s.id, title: s.title, depth: s.depth });
    }
    for (const day of this.daysBecameOverdue(letter, questions, responses, extensions, mates, asOf)) {
      entries.push({ on: day.on, kind: 'overdue', dueOn: day.dueOn });
    }
    const data = entries
      .filter((e) => e.kind === 'due' || e.on <= asOf)
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)));
    return { asOf, data };
  }

  private daysBecameOverdue(
    letter: Letter,
    questions: { id: string; reiterates_id: string | null; withdrawn_on: IsoDate | null }[],
    responses: { id: string; received_on: IsoDate; seq: string; items: { questionId: string; disposition: Disposition }[] }[],
    extensions: { new_due_on: IsoDate; granted_on: IsoDate; seq: string }[],
    mates: { id: string; letter_id: string; reiterates_id: string | null; withdrawn_on: IsoDate | null; sent_on: IsoDate; archived: boolean }[],
    asOf: IsoDate,
  ): { on: IsoDate; dueOn: IsoDate }[] {
    const letters = new Map<string, LetterFact>([[letter.id, { id: letter.id, sentOn: letter.sentOn, statedDueOn: letter.statedDueOn }]]);
    for (const m of mates) letters.set(m.letter_id, { id: m.letter_id, sentOn: m.sent_on, statedDueOn: null, archived: m.archived });
    const questionFacts: QuestionFact[] = [
      ...questions.map((q) => ({ id: q.id, letterId: letter.id, reiteratesId: q.reiterates_id, withdrawnOn: q.withdrawn_on })),
      ...mates.map((m) => ({ id: m.id, letterId: m.letter_id, reiteratesId: m.reiterates_id, withdrawnOn: m.withdrawn_on })),
    ];
    const facts: Facts = {
      letters: [...letters.values()],
      questions: questionFacts,
      responses: responses.map((r): ResponseFact => ({ id: r.id, letterId: letter.id, receivedOn: r.received_on, seq: Number(r.seq), items: r.items })),
      extensions: extensions.map((e) => ({ letterId: letter.id, newDueOn: e.new_due_on, grantedOn: e.granted_on, seq: Number(e.seq) })),
    };
    // Timeliness can only change on the day after a due date, or on the day of a fact.
    const dueDates = [dueDate(letter, [], letter.sentOn, this.settings.policy).dueOn, ...extensions.map((e) => e.new_due_on)];
    const candidates = new Set<IsoDate>([
      letter.sentOn,
      ...dueDates.map((d) => addDays(d, 1)),
      ...responses.map((r) => r.received_on),
      ...questionFacts.flatMap((q) => (q.withdrawnOn ? [q.withdrawnOn] : [])),
      ...extensions.map((e) => e.granted_on),
      ...mates.map((m) => m.sent_on),
    ]);
    const days: { on: IsoDate; dueOn: IsoDate }[] = [];
    let wasOverdue = false;
    for (const day of [...candidates].filter((d) => d >= letter.sentOn && d <= asOf).sort()) {
      const state = computeAsOf(facts, day, this.settings).get(letter.id)!;
      const overdue = state.timeliness === 'overdue' || state.timeliness === 'long_overdue';
      if (overdue && !wasOverdue) days.push({ on: day, dueOn: state.dueOn });
      wasOverdue = overdue;
    }
    return days;
  }
}
