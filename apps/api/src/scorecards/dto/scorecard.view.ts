import type { IsoDate, Scorecard } from '@app/rules';
import type { ScorecardRole } from './scorecard.query.js';

export class ScorecardSubject {
  kind: 'organization' | 'person';
  id: string;
  name: string;
  /** `recipient`: letters sent to it; `signer`: letters it signed. */
  role: ScorecardRole;
}

/** How a recipient answers (or what a signer's letters got back), as of a date. */
export class ScorecardView implements Scorecard {
  asOf: IsoDate;
  lettersReceived: number;
  lettersWithResponse: number;
  /** Share of letters with any response, 0 to 1; null with no letters. */
  responseRate: number | null;
  /** Over the letters with a response: days from sending to the first response. */
  medianDaysToFirstResponse: number | null;
  p90DaysToFirstResponse: number | null;
  /** Questions asked, each reiterated ask counted once. */
  questions: number;
  open: number;
  unanswered: number;
  /** Letters overdue or long overdue. */
  overdueLetters: number;
  longOverdueLetters: number;
  subject: ScorecardSubject;
}
