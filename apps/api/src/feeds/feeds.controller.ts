import { Controller, Get, Header, Inject, Query, Req } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { APP_ENV, type Env } from '@app/config';
import { FeedQuery } from './dto/feed.query.js';
import { FeedsService } from './feeds.service.js';

const ATOM = 'application/atom+xml; charset=utf-8';

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedsService,
    @Inject(APP_ENV) private readonly env: Env,
  ) {}

  /** The newest letters logged, as an Atom feed; filter by `recipientOrganizationId`, `signerId`, `tag` and the other letter filters. */
  @Get('letters.atom')
  @Header('content-type', ATOM)
  @ApiProduces('application/atom+xml')
  letters(@Query() query: FeedQuery, @Req() request: FastifyRequest): Promise<string> {
    return this.feeds.letters(query, this.base(request), this.self(request));
  }

  /** The newest responses logged, as an Atom feed, with the same filters on their letters. */
  @Get('responses.atom')
  @Header('content-type', ATOM)
  @ApiProduces('application/atom+xml')
  responses(@Query() query: FeedQuery, @Req() request: FastifyRequest): Promise<string> {
    return this.feeds.responses(query, this.base(request), this.self(request));
  }

  /** Links in feeds must be absolute: PUBLIC_URL when set (behind a proxy), else the address the request came to. */
  private base(request: FastifyRequest): string {
    return (this.env.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  }

  private self(request: FastifyRequest): string {
    return `${this.base(request)}${request.url}`;
  }
}
