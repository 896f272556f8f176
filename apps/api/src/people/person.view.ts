import type { Person } from './person.entity.js';

export class PersonPage {
  data: Person[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}
