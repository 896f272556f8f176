import { IntersectionType, PickType } from '@nestjs/swagger';
import { PageQuery } from '../../common/page.query.js';
import { ListLettersQuery } from '../../letters/dto/list-letters.query.js';

/** The letter filters of `GET /letters` that make sense for a feed, and how many entries (1 to 100, default 50). */
export class FeedQuery extends IntersectionType(
  PickType(ListLettersQuery, ['recipientOrganizationId', 'recipientPersonId', 'signerId', 'bioguideId', 'committeeId', 'tag'] as const),
  PickType(PageQuery, ['limit'] as const),
) {}
