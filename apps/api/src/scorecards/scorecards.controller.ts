import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/uuid.pipe.js';
import { AsOfQuery } from '../letters/dto/as-of.query.js';
import { PersonScorecardQuery } from './dto/scorecard.query.js';
import { ScorecardView } from './dto/scorecard.view.js';
import { ScorecardsService } from './scorecards.service.js';

@ApiTags('stats')
@Controller()
export class ScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  /**
   * How an agency answers: letters received (addressed to it or to its people),
   * share with any response, median and 90th-percentile days to first response,
   * open and unanswered questions, overdue and long-overdue letters, as of a date.
   */
  @Get('organizations/:id/scorecard')
  organization(@Param('id', UuidPipe) id: string, @Query() query: AsOfQuery): Promise<ScorecardView> {
    return this.scorecards.forOrganization(id, query.asOf);
  }

  /** The same numbers for a person: as a recipient (officials) or as a signer (members: what their letters got back). */
  @Get('people/:id/scorecard')
  person(@Param('id', UuidPipe) id: string, @Query() query: PersonScorecardQuery): Promise<ScorecardView> {
    return this.scorecards.forPerson(id, query.asOf, query.role);
  }
}
