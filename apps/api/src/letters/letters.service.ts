import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { extractQuestions } from '@app/extraction';
import { policyDueOn, type IsoDate } from '@app/rules';
import { DataSource, type EntityManager } from 'typeorm';
import { columnsOf } from '../common/entity-columns.js';
import { checkPrecondition, type Precondition } from '../common/etag.js';
import { notFound } from '../common/problem.js';
import { Problems } from '../common/problems.js';
import { refreshCurrentState } from '../counting/current-state.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { insertQuestions, type QuestionDraft } from '../questions/question-writer.js';
import { enqueueLetterCreated } from '../webhooks/outbox.js';
import type { CreateLetterDto } from './dto/create-letter.dto.js';
import type { RecipientDto, SignerDto } from './dto/letter-parts.dto.js';
import type { UpdateLetterDto } from './dto/update-letter.dto.js';
import { checkLetterFacts, checkParties, reiterationFaults } from './letter-checks.js';
import { lockActiveLetter } from './letter-lookup.js';
import { LetterRecipient } from './letter-recipient.entity.js';
import { LetterSigner } from './letter-signer.entity.js';
import { Letter } from './letter.entity.js';

/** Writes letters: each create or change is one transaction, and nothing is ever erased. */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: TrackerSettings,
  ) {}

  async create(dto: CreateLetterDto): Promise<Letter> {
    const problems = new Problems();
    if (dto.extractQuestions && dto.questions?.length) problems.add('extractQuestions', 'give questions or extractQuestions, not both');
    if (dto.extractQuestions && !dto.fullText?.trim()) problems.add('fullText', 'extractQuestions needs the letter\'s fullText');
    problems.throwBadRequest();
    checkParties(dto);
    const drafts: QuestionDraft[] = dto.extractQuestions ? extractedDrafts(dto.fullText!, dto.sentOn) : (dto.questions ?? []);
    return this.dataSource.transaction(async (manager) => {
      await checkLetterFacts(manager, { ...this.draftOf(dto), signers: dto.signers, recipients: dto.recipients }, this.settings.today());
      const letter = await manager.save(
        manager.create(Letter, {
          title: dto.title,
          summary: dto.summary ?? null,
          fullText: dto.fullText ?? null,
          sourceUrl: dto.sourceUrl ?? null,
          sentOn: dto.sentOn,
          statedDueOn: dto.statedDueOn ?? null,
          policyDueOn: policyDueOn(dto.sentOn, this.settings.policy),
          committeeId: dto.committeeId ?? null,
          followUpOfId: dto.followUpOfId ?? null,
          tags: dto.tags ?? [],
          archivedAt: null,
        }),
      );
      await this.writeParties(manager, letter.id, dto.signers, dto.recipients);
      await insertQuestions(manager, letter, drafts, 1, (i) => `questions[${i}]`);
      await refreshCurrentState(manager, [letter.id]);
      await enqueueLetterCreated(manager, letter.id, this.settings.today(), this.settings.longOverdueDays);
      return letter;
    });
  }

  async update(id: string, dto: UpdateLetterDto, precondition?: Precondition): Promise<Letter> {
    checkParties(dto);
    return this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, id);
      checkPrecondition(letter.version, precondition);
      const draft = {
        id,
        sentOn: dto.sentOn ?? letter.sentOn,
        statedDueOn: dto.statedDueOn !== undefined ? dto.statedDueOn : letter.statedDueOn,
        committeeId: dto.committeeId !== undefined ? dto.committeeId : letter.committeeId,
        followUpOfId: dto.followUpOfId !== undefined ? dto.followUpOfId : letter.followUpOfId,
        signers: dto.signers,
        recipients: dto.recipients,
      };
      await checkLetterFacts(manager, draft, this.settings.today());
      await this.checkDependents(manager, letter, draft.sentOn, draft.followUpOfId);
      Object.assign(letter, {
        ...pick(dto, ['title', 'summary', 'fullText', 'sourceUrl', 'tags']),
        sentOn: draft.sentOn,
        statedDueOn: draft.statedDueOn,
        committeeId: draft.committeeId,
        followUpOfId: draft.followUpOfId,
        policyDueOn: policyDueOn(draft.sentOn, this.settings.policy),
        version: letter.version + 1,
      });
      const saved = await manager.save(letter);
      if (dto.signers || dto.recipients) {
        if (dto.signers) await manager.delete(LetterSigner, { letterId: id });
        if (dto.recipients) await manager.delete(LetterRecipient, { letterId: id });
        await this.writeParties(manager, id, dto.signers, dto.recipients);
      }
      await refreshCurrentState(manager, [id]);
      return saved;
    });
  }

  /** Takes the letter out of lists and counts; its rows stay. */
  async archive(id: string, precondition?: Precondition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, id);
      checkPrecondition(letter.version, precondition);
      await manager.update(Letter, { id }, { archivedAt: new Date(), version: letter.version + 1 });
      await refreshCurrentState(manager, [id]);
    });
  }

  async restore(id: string): Promise<Letter> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await manager.findOne(Letter, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!letter) throw notFound('Letter', id);
      if (letter.archivedAt) {
        letter.archivedAt = null;
        letter.version += 1;
        await manager.save(letter);
        await refreshCurrentState(manager, [id]);
      }
      return letter;
    });
  }

  async find(id: string, includeArchived = false): Promise<Letter> {
    const [row]: (Letter | undefined)[] = await this.dataSource.query(`SELECT ${columnsOf(Letter)} FROM letters WHERE id = $1`, [id]);
    if (!row || (row.archivedAt && !includeArchived)) throw notFound('Letter', id);
    return Object.assign(new Letter(), row);
  }

  private draftOf(dto: CreateLetterDto) {
    return {
      sentOn: dto.sentOn,
      statedDueOn: dto.statedDueOn ?? null,
      committeeId: dto.committeeId ?? null,
      followUpOfId: dto.followUpOfId ?? null,
    };
  }

  private async writeParties(manager: EntityManager, letterId: string, signers?: SignerDto[], recipients?: RecipientDto[]) {
    if (signers?.length) {
      await manager.insert(LetterSigner, signers.map((s, i) => ({ letterId, personId: s.personId, role: s.role ?? 'cosigner', position: i + 1 })));
    }
    if (recipients?.length) {
      await manager.insert(
        LetterRecipient,
        recipients.map((r, i) => ({ letterId, personId: r.personId ?? null, organizationId: r.organizationId ?? null, position: i + 1 })),
      );
    }
  }

  /**
   * A changed date or chain must keep the recorded facts in order: responses,
   * withdrawals and extensions on or after the sent date, follow-ups after it,
   * and this letter's reiterations still up its chain.
   */
  private async checkDependents(manager: EntityManager, letter: Letter, sentOn: IsoDate, followUpOfId: string | null) {
    const problems = new Problems();
    if (sentOn !== letter.sentOn) {
      const [facts] = await manager.query(
        `SELECT (SELECT min(received_on) FROM responses WHERE letter_id = $1) AS first_response,
                (SELECT min(withdrawn_on) FROM questions WHERE letter_id = $1) AS first_withdrawal,
                (SELECT min(granted_on) FROM extensions WHERE letter_id = $1) AS first_extension,
                (SELECT min(sent_on) FROM letters WHERE follow_up_of_id = $1 AND archived_at IS NULL) AS first_follow_up`,
        [letter.id],
      );
      if (facts.first_response && facts.first_response < sentOn) problems.add('sentOn', `a response was received on ${facts.first_response}, before ${sentOn}`);
      if (facts.first_withdrawal && facts.first_withdrawal < sentOn) problems.add('sentOn', `a question was withdrawn on ${facts.first_withdrawal}, before ${sentOn}`);
      if (facts.first_extension && facts.first_extension < sentOn) problems.add('sentOn', `an extension was granted on ${facts.first_extension}, before ${sentOn}`);
      if (facts.first_follow_up && facts.first_follow_up <= sentOn) problems.add('sentOn', `a follow-up of this letter was sent on ${facts.first_follow_up}, not after ${sentOn}`);
    }
    if (followUpOfId !== letter.followUpOfId) {
      const reiterated: { reiterates_id: string }[] = await manager.query(
        `SELECT reiterates_id FROM questions WHERE letter_id = $1 AND reiterates_id IS NOT NULL`,
        [letter.id],
      );
      const faults = await reiterationFaults(manager, followUpOfId, reiterated.map((r) => r.reiterates_id));
      if (faults.size > 0) problems.add('followUpOfId', `${faults.size} question(s) of this letter reiterate questions that would no longer be up its chain`);
    }
    problems.throwUnprocessable();
  }
}

/**
 * Questions found in the text. Labels must be unique within a letter, but a
 * letter whose sections restart their numbering under unnumbered headings
 * prints the same label twice: later ones get a counter, for the staffer to fix.
 */
function extractedDrafts(fullText: string, sentOn: IsoDate): QuestionDraft[] {
  const seen = new Map<string, number>();
  return extractQuestions(fullText, { sentOn }).questions.map((q) => {
    let label = q.label;
    if (label) {
      const times = (seen.get(label) ?? 0) + 1;
      seen.set(label, times);
      if (times > 1) label = `${label} (${times})`;
    }
    return { label, text: q.text, kind: q.kind };
  });
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}
