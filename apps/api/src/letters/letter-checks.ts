import type { EntityManager } from 'typeorm';
import type { IsoDate } from '@app/rules';
import { Problems } from '../common/problems.js';
import type { RecipientDto, SignerDto } from './dto/letter-parts.dto.js';
import { predecessorIds } from './letter-lookup.js';

/** What a create or an update would make of a letter's own fields. */
export interface LetterDraft {
  id?: string;
  sentOn: IsoDate;
  statedDueOn: IsoDate | null;
  committeeId: string | null;
  followUpOfId: string | null;
  signers?: SignerDto[];
  recipients?: RecipientDto[];
}

/** 400s a DTO cannot express: one party per recipient, no one listed twice. */
export function checkParties(draft: Pick<LetterDraft, 'signers' | 'recipients'>): void {
  const problems = new Problems();
  const seenSigners = new Set<string>();
  draft.signers?.forEach((s, i) => {
    if (seenSigners.has(s.personId)) problems.add(`signers[${i}].personId`, 'this person is already a signer');
    seenSigners.add(s.personId);
  });
  const seenRecipients = new Set<string>();
  draft.recipients?.forEach((r, i) => {
    if (!!r.personId === !!r.organizationId) {
      problems.add(`recipients[${i}]`, 'give exactly one of personId and organizationId');
      return;
    }
    const key = r.personId ?? r.organizationId!;
    if (seenRecipients.has(key)) problems.add(`recipients[${i}]`, 'this recipient is already listed');
    seenRecipients.add(key);
  });
  problems.throwBadRequest();
}

/** 422s: every id names a record, dates are in order, a follow-up comes after what it follows up. */
export async function checkLetterFacts(manager: EntityManager, draft: LetterDraft, today: IsoDate): Promise<void> {
  const problems = new Problems();
  if (draft.sentOn > today) problems.add('sentOn', `sentOn ${draft.sentOn} is in the future (today is ${today})`);
  if (draft.statedDueOn && draft.statedDueOn < draft.sentOn) {
    problems.add('statedDueOn', `statedDueOn ${draft.statedDueOn} is before sentOn ${draft.sentOn}`);
  }
  const personIds = [...(draft.signers ?? []).map((s) => s.personId), ...(draft.recipients ?? []).flatMap((r) => (r.personId ? [r.personId] : []))];
  const organizationIds = [
    ...(draft.recipients ?? []).flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    ...(draft.committeeId ? [draft.committeeId] : []),
  ];
  const people = new Set(
    (await manager.query(`SELECT id FROM people WHERE id = ANY($1::uuid[])`, [personIds])).map((r: { id: string }) => r.id),
  );
  const organizations = new Map<string, string>(
    (await manager.query(`SELECT id, kind FROM organizations WHERE id = ANY($1::uuid[])`, [organizationIds])).map(
      (r: { id: string; kind: string }) => [r.id, r.kind],
    ),
  );
  draft.signers?.forEach((s, i) => {
    if (!people.has(s.personId)) problems.add(`signers[${i}].personId`, `no person has id ${s.personId}`);
  });
  draft.recipients?.forEach((r, i) => {
    if (r.personId && !people.has(r.personId)) problems.add(`recipients[${i}].personId`, `no person has id ${r.personId}`);
    if (r.organizationId && !organizations.has(r.organizationId)) {
      problems.add(`recipients[${i}].organizationId`, `no organization has id ${r.organizationId}`);
    }
  });
  if (draft.committeeId) {
    const kind = organizations.get(draft.committeeId);
    if (!kind) problems.add('committeeId', `no organization has id ${draft.committeeId}`);
    else if (kind !== 'committee' && kind !== 'subcommittee') {
      problems.add('committeeId', `committeeId names an organization of kind ${kind}, not a committee or subcommittee`);
    }
  }
  if (draft.followUpOfId) {
    const [previous] = await manager.query(`SELECT sent_on, archived_at FROM letters WHERE id = $1`, [draft.followUpOfId]);
    if (!previous || previous.archived_at) problems.add('followUpOfId', `no letter has id ${draft.followUpOfId}`);
    else if (draft.id && (await predecessorIds(manager, draft.followUpOfId)).includes(draft.id)) {
      problems.add('followUpOfId', 'a letter cannot follow up itself or one of its own follow-ups');
    } else if (previous.sent_on >= draft.sentOn) {
      problems.add('followUpOfId', `a follow-up must be sent after the letter it follows up (sent ${previous.sent_on}); sentOn is ${draft.sentOn}`);
    }
  }
  problems.throwUnprocessable();
}

/**
 * A reiteration is allowed only in a follow-up, and only of a question of a
 * letter up its chain. Answers each faulty entry's message by its index.
 */
export async function reiterationFaults(
  manager: EntityManager,
  followUpOfId: string | null,
  reiteratedIds: (string | null | undefined)[],
): Promise<Map<number, string>> {
  const faults = new Map<number, string>();
  const wanted = reiteratedIds.filter((id): id is string => !!id);
  if (wanted.length === 0) return faults;
  const chain = new Set(await predecessorIds(manager, followUpOfId));
  const rows: { id: string; letter_id: string }[] = await manager.query(
    `SELECT id, letter_id FROM questions WHERE id = ANY($1::uuid[])`,
    [wanted],
  );
  const letterOf = new Map(rows.map((r) => [r.id, r.letter_id]));
  reiteratedIds.forEach((id, i) => {
    if (!id) return;
    if (!letterOf.has(id)) faults.set(i, `no question has id ${id}`);
    else if (!followUpOfId) faults.set(i, 'only a follow-up letter (with followUpOfId) may reiterate questions');
    else if (!chain.has(letterOf.get(id)!)) faults.set(i, 'the question is not in a letter up this letter\'s follow-up chain');
  });
  return faults;
}
