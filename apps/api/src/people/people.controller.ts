import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, type Precondition } from '../common/etag.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CreatePersonDto } from './dto/create-person.dto.js';
import { ListPeopleQuery } from './dto/list-people.query.js';
import { UpdatePersonDto } from './dto/update-person.dto.js';
import { Person } from './person.entity.js';
import { PersonPage } from './person.view.js';
import { PeopleService } from './people.service.js';

@ApiTags('directory')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  /** Adds a member of Congress or an official. A second member with the same bioguide id is a 409. */
  @Post()
  @HttpCode(201)
  create(@Body() dto: CreatePersonDto): Promise<Person> {
    return this.people.create(dto);
  }

  /** Lists people by name, filtered by kind, bioguide id, name or organization. */
  @Get()
  list(@Query() query: ListPeopleQuery): Promise<PersonPage> {
    return this.people.list(query);
  }

  @Get(':id')
  get(@Param('id', UuidPipe) id: string): Promise<Person> {
    return this.people.get(id);
  }

  /** Changes the given fields; `null` clears an optional one. With `If-Match`, a stale ETag is a 412. */
  @Patch(':id')
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdatePersonDto, @IfMatch() precondition?: Precondition): Promise<Person> {
    return this.people.update(id, dto, precondition);
  }
}
