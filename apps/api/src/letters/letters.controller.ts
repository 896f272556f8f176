import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, type Precondition } from '../common/etag.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { AsOfQuery, LetterReadQuery } from './dto/as-of.query.js';
import { CreateLetterDto } from './dto/create-letter.dto.js';
import { ListLettersQuery } from './dto/list-letters.query.js';
import { UpdateLetterDto } from './dto/update-letter.dto.js';
import { LetterList } from './letter-list.js';
import { LetterViews } from './letter-views.js';
import { LetterPage, LetterView } from './letter.view.js';
import { LettersService } from './letters.service.js';
import { TimelineView } from './timeline.view.js';
import { TimelineService } from './timeline.service.js';

@ApiTags('letters')
@Controller('letters')
export class LettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly views: LetterViews,
    private readonly list_: LetterList,
    private readonly settings: TrackerSettings,
    private readonly timelines: TimelineService,
  ) {}

  /**
   * Logs a letter with its signers, recipients and questions in one transaction;
   * answers it as `GET /letters/{id}` shows it, as of today.
   */
  @Post()
  @HttpCode(201)
  async create(@Body() dto: CreateLetterDto): Promise<LetterView> {
    const letter = await this.letters.create(dto);
    return this.views.detail(letter, this.settings.today());
  }

  /** Letters with their counts and status as of `asOf`, filtered, sorted (default `-sentOn`), one page at a time. */
  @Get()
  list(@Query() query: ListLettersQuery): Promise<LetterPage> {
    return this.list_.list(query);
  }

  /** One letter with its questions, each question's status, counts, due date and timeliness as of `asOf`. */
  @Get(':id')
  async get(@Param('id', UuidPipe) id: string, @Query() query: LetterReadQuery): Promise<LetterView> {
    const letter = await this.letters.find(id, query.includeArchived);
    return this.views.detail(letter, this.settings.asOf(query.asOf));
  }

  /**
   * The letter's history in date order: sent, due, extensions, responses (with
   * what they answered), withdrawals, follow-ups, and each day it became overdue.
   */
  @Get(':id/timeline')
  timeline(@Param('id', UuidPipe) id: string, @Query() query: AsOfQuery): Promise<TimelineView> {
    return this.timelines.timeline(id, this.settings.asOf(query.asOf));
  }

  /** Changes the given fields; signers and recipients, when given, are replaced whole. With `If-Match`, a stale ETag is a 412. */
  @Patch(':id')
  async update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateLetterDto, @IfMatch() precondition?: Precondition): Promise<LetterView> {
    const letter = await this.letters.update(id, dto, precondition);
    return this.views.detail(letter, this.settings.today());
  }

  /** Archives the letter: it leaves lists and counts, and `POST /letters/{id}/restore` brings it back. */
  @Delete(':id')
  @HttpCode(204)
  async archive(@Param('id', UuidPipe) id: string, @IfMatch() precondition?: Precondition): Promise<void> {
    await this.letters.archive(id, precondition);
  }

  @Post(':id/restore')
  @HttpCode(200)
  async restore(@Param('id', UuidPipe) id: string): Promise<LetterView> {
    const letter = await this.letters.restore(id);
    return this.views.detail(letter, this.settings.today());
  }
}
