import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Problems } from '../common/problems.js';
import { reiterationFaults } from '../letters/letter-checks.js';
import type { Letter } from '../letters/letter.entity.js';
import { Question, type QuestionKind } from './question.entity.js';

export interface QuestionDraft {
  label?: string | null;
  text: string;
  kind?: QuestionKind;
  parentLabel?: string | null;
  parentId?: string | null;
  reiteratesId?: string | null;
}

/**
 * Writes new questions of a letter after its existing ones (positions
 * `firstPosition`, +1, ...), resolving `parentLabel` within the batch and
 * threading reiterations. `field(i)` is where draft i sits in the request
 * (`questions[2]`, or '' for a single question at the top level) for error messages.
 */
export async function insertQuestions(
  manager: EntityManager,
  letter: Letter,
  drafts: QuestionDraft[],
  firstPosition: number,
  at: (index: number) => string,
): Promise<Question[]> {
  const field = (i: number, name: string) => (at(i) ? `${at(i)}.${name}` : name);
  const duplicates = new Problems();
  const labels = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (!d.label) return;
    if (labels.has(d.label)) duplicates.add(field(i, 'label'), `label ${d.label} is already used by ${at(labels.get(d.label)!)}`);
    else labels.set(d.label, i);
  });
  duplicates.throwConflict();
  const existingLabels = new Set(
    drafts.some((d) => d.label)
      ? (await manager.query(`SELECT label FROM questions WHERE letter_id = $1 AND label IS NOT NULL`, [letter.id])).map((r: { label: string }) => r.label)
      : [],
  );
  drafts.forEach((d, i) => {
    if (d.label && existingLabels.has(d.label)) duplicates.add(field(i, 'label'), `the letter already has a question labelled ${d.label}`);
  });
  duplicates.throwConflict();

  const problems = new Problems();
  const ids = drafts.map(() => randomUUID());
  const parentIds: (string | null)[] = drafts.map((d, i) => {
    if (d.parentLabel) {
      const at = labels.get(d.parentLabel);
      if (at === undefined || at >= i) {
        problems.add(field(i, 'parentLabel'), `no question labelled ${d.parentLabel} comes before this one in the request`);
        return null;
      }
      return ids[at];
    }
    return d.parentId ?? null;
  });
  const standaloneParents = parentIds.filter((id, i): id is string => !!id && !drafts[i].parentLabel);
  if (standaloneParents.length) {
    const found = new Set((await manager.query(`SELECT id FROM questions WHERE id = ANY($1::uuid[]) AND letter_id = $2`, [standaloneParents, letter.id])).map((r: { id: string }) => r.id));
    parentIds.forEach((id, i) => {
      if (id && !drafts[i].parentLabel && !found.has(id)) problems.add(field(i, 'parentId'), `no question of this letter has id ${id}`);
    });
  }
  const faults = await reiterationFaults(manager, letter.followUpOfId, drafts.map((d) => d.reiteratesId));
  for (const [i, message] of faults) problems.add(field(i, 'reiteratesId'), message);
  problems.throwUnprocessable();

  const threads = await threadIdsOf(manager, drafts.map((d) => d.reiteratesId).filter((id): id is string => !!id));
  const questions = drafts.map((d, i) =>
    manager.create(Question, {
      id: ids[i],
      letterId: letter.id,
      position: firstPosition + i,
      label: d.label ?? null,
      text: d.text,
      kind: d.kind ?? 'question',
      parentId: parentIds[i],
      reiteratesId: d.reiteratesId ?? null,
      threadId: d.reiteratesId ? threads.get(d.reiteratesId)! : ids[i],
      withdrawnOn: null,
    }),
  );
  // Parents first: a sub-part's foreign key needs its parent's row.
  await manager.insert(Question, questions);
  return questions;
}

async function threadIdsOf(manager: EntityManager, questionIds: string[]): Promise<Map<string, string>> {
  if (questionIds.length === 0) return new Map();
  const rows: { id: string; thread_id: string }[] = await manager.query(`SELECT id, thread_id FROM questions WHERE id = ANY($1::uuid[])`, [questionIds]);
  return new Map(rows.map((r) => [r.id, r.thread_id]));
}
