import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, type Precondition } from '../common/etag.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { AsOfQuery } from '../letters/dto/as-of.query.js';
import { QuestionList, QuestionView } from '../letters/letter.view.js';
import { CreateQuestionDto, ReorderQuestionsDto, UpdateQuestionDto } from './dto/question.dto.js';
import { QuestionsService } from './questions.service.js';

@ApiTags('questions')
@Controller('letters/:letterId/questions')
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly settings: TrackerSettings,
  ) {}

  /** The letter's questions in order, each with its status as of `asOf`. */
  @Get()
  async list(@Param('letterId', UuidPipe) letterId: string, @Query() query: AsOfQuery): Promise<QuestionList> {
    return { data: await this.questions.list(letterId, this.settings.asOf(query.asOf)) };
  }

  /** Adds a question, last or at `position`. */
  @Post()
  @HttpCode(201)
  add(@Param('letterId', UuidPipe) letterId: string, @Body() dto: CreateQuestionDto): Promise<QuestionView> {
    return this.questions.add(letterId, dto);
  }

  /** Puts the letter's questions in the order given (every question, once). `If-Match` takes the letter's ETag. */
  @Put('order')
  async reorder(
    @Param('letterId', UuidPipe) letterId: string,
    @Body() dto: ReorderQuestionsDto,
    @IfMatch() precondition?: Precondition,
  ): Promise<QuestionList> {
    return { data: await this.questions.reorder(letterId, dto, precondition) };
  }

  /** Edits a question; `{ "withdrawnOn": "YYYY-MM-DD" }` withdraws it. */
  @Patch(':questionId')
  update(
    @Param('letterId', UuidPipe) letterId: string,
    @Param('questionId', UuidPipe) questionId: string,
    @Body() dto: UpdateQuestionDto,
    @IfMatch() precondition?: Precondition,
  ): Promise<QuestionView> {
    return this.questions.update(letterId, questionId, dto, precondition);
  }

  /** Deletes a question logged by mistake; one that a response, sub-part or later question refers to is a 409. */
  @Delete(':questionId')
  @HttpCode(204)
  async remove(
    @Param('letterId', UuidPipe) letterId: string,
    @Param('questionId', UuidPipe) questionId: string,
    @IfMatch() precondition?: Precondition,
  ): Promise<void> {
    await this.questions.remove(letterId, questionId, precondition);
  }
}
