import type { GroupBy } from './open-questions.query.js';

/** One group's totals as of the date. */
export class OpenQuestionsRowView {
  /** The group: an organization's or person's id, or the tag itself. */
  key: string;
  name: string;
  /** Letters sent by the date that belong to the group (each once). */
  letters: number;
  /** Questions asked, each reiterated ask counted once. */
  questions: number;
  open: number;
  /** Open or declined. */
  unanswered: number;
  /** Letters overdue or long overdue. */
  overdueLetters: number;
}

export class OpenQuestionsReport {
  asOf: string;
  groupBy: GroupBy;
  data: OpenQuestionsRowView[];
}
