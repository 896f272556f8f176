import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OpenQuestionsQuery } from './dto/open-questions.query.js';
import { OpenQuestionsReport } from './dto/open-questions.view.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  /**
   * Open-question totals per recipient organization, recipient person, signer,
   * committee or tag, as of a date. A letter counts once under each group it
   * belongs to; a reiterated question counts once, as its newest carrier.
   */
  @Get('open-questions')
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: OpenQuestionsReport })
  openQuestions(@Query() query: OpenQuestionsQuery): Promise<Buffer> {
    return this.stats.openQuestionsJson(query);
  }
}
