import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CreateResponseDto } from './dto/create-response.dto.js';
import { ResponseList, ResponseView } from './response.view.js';
import { ResponsesService } from './responses.service.js';

@ApiTags('responses')
@Controller('letters/:letterId/responses')
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  /**
   * Logs a response received on `receivedOn` and what it did with each question.
   * An item for another letter's question, two items for one question, a date
   * before the letter was sent, or an item for a question already superseded
   * that day is a 422 naming the item.
   */
  @Post()
  @HttpCode(201)
  log(@Param('letterId', UuidPipe) letterId: string, @Body() dto: CreateResponseDto): Promise<ResponseView> {
    return this.responses.log(letterId, dto);
  }

  /** The letter's responses in the order received, with their items. */
  @Get()
  async list(@Param('letterId', UuidPipe) letterId: string): Promise<ResponseList> {
    return { data: await this.responses.list(letterId) };
  }
}
