import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/uuid.pipe.js';
import { ExtensionList, ExtensionView } from '../letters/letter.view.js';
import { CreateExtensionDto } from './dto/create-extension.dto.js';
import { ExtensionsService } from './extensions.service.js';

@ApiTags('letters')
@Controller('letters/:letterId/extensions')
export class ExtensionsController {
  constructor(private readonly extensions: ExtensionsService) {}

  /** Grants a new due date from `grantedOn` on; the letter's due date is the latest one granted on or before the as-of date. */
  @Post()
  @HttpCode(201)
  grant(@Param('letterId', UuidPipe) letterId: string, @Body() dto: CreateExtensionDto): Promise<ExtensionView> {
    return this.extensions.grant(letterId, dto);
  }

  /** Every extension of the letter, oldest first. */
  @Get()
  async list(@Param('letterId', UuidPipe) letterId: string): Promise<ExtensionList> {
    return { data: await this.extensions.list(letterId) };
  }
}
