import type { Organization } from './organization.entity.js';

export class OrganizationPage {
  data: Organization[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}
