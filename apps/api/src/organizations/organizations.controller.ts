import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, type Precondition } from '../common/etag.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { ListOrganizationsQuery } from './dto/list-organizations.query.js';
import { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import { Organization } from './organization.entity.js';
import { OrganizationPage } from './organization.view.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('directory')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  /** Adds an agency, committee, subcommittee or company. A second one with the same code is a 409. */
  @Post()
  @HttpCode(201)
  create(@Body() dto: CreateOrganizationDto): Promise<Organization> {
    return this.organizations.create(dto);
  }

  /** Lists organizations by name, filtered by kind, code, name or parent. */
  @Get()
  list(@Query() query: ListOrganizationsQuery): Promise<OrganizationPage> {
    return this.organizations.list(query);
  }

  @Get(':id')
  get(@Param('id', UuidPipe) id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  /** Changes the given fields; `null` clears an optional one. With `If-Match`, a stale ETag is a 412. */
  @Patch(':id')
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateOrganizationDto, @IfMatch() precondition?: Precondition): Promise<Organization> {
    return this.organizations.update(id, dto, precondition);
  }
}
