import type { Disposition, IsoDate } from '@app/rules';

export class RespondentView {
  personId: string | null;
  organizationId: string | null;
}

/** What a response did with one question. */
export class ResponseItemView {
  id: string;
  questionId: string;
  disposition: Disposition;
  note: string | null;
}

export class ResponseView {
  id: string;
  letterId: string;
  receivedOn: IsoDate;
  /** Who answered, when recorded. */
  respondent: RespondentView | null;
  summary: string | null;
  sourceUrl: string | null;
  items: ResponseItemView[];
  createdAt: Date;
}

export class ResponseList {
  data: ResponseView[];
}
