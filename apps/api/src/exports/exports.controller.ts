import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Readable } from 'node:stream';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { ExportQuery } from './dto/export.query.js';
import { ExportsService } from './exports.service.js';

const CSV = 'text/csv; charset=utf-8';

/**
 * CSV for spreadsheets: `GET /letters.csv` and `GET /questions.csv`, or
 * `GET /letters` with `Accept: text/csv`. Text that a spreadsheet would run as
 * a formula (starting with = + - @, tab or CR) is prefixed with `'`.
 */
@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly settings: TrackerSettings,
  ) {}

  /** Every letter matching the list's filters, with its status, timeliness and counts as of `asOf`, in the list's order. */
  @Get('letters.csv')
  @Header('content-type', CSV)
  @ApiProduces('text/csv')
  async letters(@Query() query: ExportQuery): Promise<StreamableFile> {
    return this.file(await this.exports.letters(query), `letters-${this.settings.asOf(query.asOf)}.csv`);
  }

  /** Every question of the letters matching the list's filters, with its status and its letter's as of `asOf`. */
  @Get('questions.csv')
  @Header('content-type', CSV)
  @ApiProduces('text/csv')
  async questions(@Query() query: ExportQuery): Promise<StreamableFile> {
    return this.file(await this.exports.questions(query), `questions-${this.settings.asOf(query.asOf)}.csv`);
  }

  private file(stream: Readable, name: string): StreamableFile {
    return new StreamableFile(stream, { type: CSV, disposition: `attachment; filename="${name}"` });
  }
}
