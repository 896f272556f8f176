import type { Counts, DueOnSource, IsoDate, LetterStatus, QuestionStatus, Resolution, Timeliness } from '@app/rules';
import type { QuestionKind } from '../questions/question.entity.js';
import type { SignerRole } from './letter-signer.entity.js';

export class SignerView {
  personId: string;
  role: SignerRole;
  fullName: string;
  bioguideId: string | null;
}

export class RecipientView {
  personId: string | null;
  organizationId: string | null;
  /** The person's full name or the organization's name. */
  name: string;
}

export class QuestionView {
  id: string;
  letterId: string;
  position: number;
  label: string | null;
  text: string;
  kind: QuestionKind;
  /** As of the date asked; null while the letter is not yet sent. */
  status: QuestionStatus | null;
  parentId: string | null;
  reiteratesId: string | null;
  withdrawnOn: IsoDate | null;
  /** Detail only: later questions that ask this one again. */
  reiteratedBy?: string[];
  /** Detail only: when superseded, the newest question(s) that carry it as of the date. */
  carriedBy?: string[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export class ExtensionView {
  id: string;
  newDueOn: IsoDate;
  grantedOn: IsoDate;
  note: string | null;
  createdAt: Date;
}

/** A letter as `GET /letters/{id}` shows it; list entries leave out `fullText`, `questions` and `extensions`. */
export class LetterView {
  id: string;
  title: string;
  summary: string | null;
  fullText?: string | null;
  sourceUrl: string | null;
  sentOn: IsoDate;
  statedDueOn: IsoDate | null;
  dueOn: IsoDate;
  dueOnSource: DueOnSource;
  dueOnExplanation: string;
  status: LetterStatus;
  resolution: Resolution | null;
  timeliness: Timeliness | null;
  daysOverdue: number | null;
  daysOutstanding: number | null;
  asOf: IsoDate;
  counts: CountsView;
  committeeId: string | null;
  followUpOfId: string | null;
  signers: SignerView[];
  recipients: RecipientView[];
  tags: string[];
  questions?: QuestionView[];
  extensions?: ExtensionView[];
  /** Detail only: the letters this one follows up, nearest first. */
  predecessors?: ChainLinkView[];
  /** Detail only: the letters that follow this one up, directly (depth 1) or in turn. */
  successors?: ChainLinkView[];
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** Questions of a letter by status, as of the date asked. */
export class CountsView implements Counts {
  total: number;
  /** open + acknowledged + non_responsive + partially_answered. */
  open: number;
  /** open + declined: never substantively answered. */
  unanswered: number;
  answered: number;
  partiallyAnswered: number;
  acknowledged: number;
  nonResponsive: number;
  declined: number;
  referred: number;
  withdrawn: number;
  superseded: number;
}

/** A letter up or down a follow-up chain. */
export class ChainLinkView {
  id: string;
  title: string;
  sentOn: IsoDate;
  /** 1 for the letter directly followed up (or directly following up), 2 for the next, ... */
  depth: number;
  archived: boolean;
}

export class LetterPage {
  data: LetterView[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

export class QuestionList {
  data: QuestionView[];
}

export class ExtensionList {
  data: ExtensionView[];
}
