import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { extractQuestions } from '@app/extraction';
import { Access } from '../auth/access.decorator.js';
import { CreateExtractionDto } from './dto/create-extraction.dto.js';
import { ExtractionResponse } from './dto/extraction.response.js';

/** Proposes a letter's questions and requests from its text; nothing is stored. */
@ApiTags('extractions')
@Access('read')
@Controller('extractions')
export class ExtractionsController {
  /**
   * Finds the questions and requests in a letter's text, in order, with their printed labels and
   * kinds, and the date a response is due. A proposal for a staffer to review: it creates nothing,
   * so it answers 200. Deterministic and local.
   */
  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "Propose a letter's questions and requests",
    description:
      'Finds the questions and requests in a letter\'s text, in order, with their printed labels and kinds, and the ' +
      'date a response is due. A proposal for a staffer to review: nothing is stored.',
  })
  @ApiOkResponse({ type: ExtractionResponse })
  extract(@Body() body: CreateExtractionDto): ExtractionResponse {
    return extractQuestions(body.text, body.sentOn ? { sentOn: body.sentOn } : {});
  }
}
