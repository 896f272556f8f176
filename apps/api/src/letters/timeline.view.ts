import type { IsoDate } from '@app/rules';

/**
 * One dated event in a letter's history. `kind` says which fields come with it:
 * `sent` (letterId, title), `due` (dueOn, source, explanation), `extension`
 * (extensionId, newDueOn, note), `response` (responseId, respondent, summary,
 * items: what it said of each question), `withdrawal` (questionId, label, text),
 * `follow_up` (letterId, title, depth), `overdue` (dueOn: the date missed).
 */
export class TimelineEntryView {
  on: IsoDate;
  kind: 'sent' | 'due' | 'extension' | 'response' | 'withdrawal' | 'follow_up' | 'overdue';
}

export class TimelineView {
  asOf: IsoDate;
  /** In date order; the `due` entry is listed even when it falls after `asOf`. */
  data: TimelineEntryView[];
}
