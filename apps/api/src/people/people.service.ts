import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { checkPrecondition, type Precondition } from '../common/etag.js';
import { CURSOR_CHECKS, decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { notFound, unprocessable } from '../common/problem.js';
import { likePattern } from '../common/sql.js';
import { Organization } from '../organizations/organization.entity.js';
import type { CreatePersonDto } from './dto/create-person.dto.js';
import type { ListPeopleQuery } from './dto/list-people.query.js';
import type { UpdatePersonDto } from './dto/update-person.dto.js';
import { Person } from './person.entity.js';

@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(Person) private readonly people: Repository<Person>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  async create(dto: CreatePersonDto): Promise<Person> {
    if (dto.organizationId) await this.requireOrganization(dto.organizationId);
    return this.people.save(
      this.people.create({
        fullName: dto.fullName,
        kind: dto.kind,
        bioguideId: dto.bioguideId ?? null,
        chamber: dto.chamber ?? null,
        party: dto.party ?? null,
        state: dto.state ?? null,
        title: dto.title ?? null,
        organizationId: dto.organizationId ?? null,
      }),
    );
  }

  async get(id: string): Promise<Person> {
    const person = await this.people.findOneBy({ id });
    if (!person) throw notFound('Person', id);
    return person;
  }

  async update(id: string, dto: UpdatePersonDto, precondition?: Precondition): Promise<Person> {
    return this.people.manager.transaction(async (manager) => {
      const person = await manager.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw notFound('Person', id);
      checkPrecondition(person.version, precondition);
      if (dto.organizationId) await this.requireOrganization(dto.organizationId);
      Object.assign(person, dto, { version: person.version + 1 });
      return manager.save(person);
    });
  }

  async list(query: ListPeopleQuery): Promise<Page<Person>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.people.createQueryBuilder('p').orderBy('p.fullName', 'ASC').addOrderBy('p.id', 'ASC').limit(limit + 1);
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.bioguideId) qb.andWhere('p.bioguideId = :bioguideId', { bioguideId: query.bioguideId });
    if (query.organizationId) qb.andWhere('p.organizationId = :organizationId', { organizationId: query.organizationId });
    if (query.name) qb.andWhere('p.fullName ILIKE :pattern', { pattern: likePattern(query.name) });
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor, [CURSOR_CHECKS.text, CURSOR_CHECKS.uuid]);
      qb.andWhere('(p.fullName, p.id) > (:afterName, :afterId)', { afterName: String(name), afterId: String(id) });
    }
    return toPage(await qb.getMany(), limit, (p) => [p.fullName, p.id]);
  }

  private async requireOrganization(organizationId: string) {
    if (!(await this.organizations.existsBy({ id: organizationId }))) {
      throw unprocessable(`Organization ${organizationId} does not exist`, [
        { field: 'organizationId', message: `no organization has id ${organizationId}` },
      ]);
    }
  }
}
