import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { checkPrecondition, type Precondition } from '../common/etag.js';
import { CURSOR_CHECKS, decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { notFound, unprocessable } from '../common/problem.js';
import { likePattern } from '../common/sql.js';
import type { CreateOrganizationDto } from './dto/create-organization.dto.js';
import type { ListOrganizationsQuery } from './dto/list-organizations.query.js';
import type { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async create(dto: CreateOrganizationDto): Promise<Organization> {
    if (dto.parentId) await this.requireParent(dto.parentId);
    return this.organizations.save(this.organizations.create({ ...dto, acronym: dto.acronym ?? null, code: dto.code ?? null, parentId: dto.parentId ?? null }));
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw notFound('Organization', id);
    return organization;
  }

  async update(id: string, dto: UpdateOrganizationDto, precondition?: Precondition): Promise<Organization> {
    return this.organizations.manager.transaction(async (manager) => {
      const organization = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw notFound('Organization', id);
      checkPrecondition(organization.version, precondition);
      await this.checkParentChange(id, dto);
      Object.assign(organization, dto, { version: organization.version + 1 });
      return manager.save(organization);
    });
  }

  private async checkParentChange(id: string, dto: UpdateOrganizationDto) {
    if (dto.parentId) {
      await this.requireParent(dto.parentId);
      if (await this.isAncestorOrSelf(id, dto.parentId)) {
        throw unprocessable('An organization cannot sit under itself', [
          { field: 'parentId', message: 'parentId would make the organization its own ancestor' },
        ]);
      }
    }
  }

  async list(query: ListOrganizationsQuery): Promise<Page<Organization>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.organizations.createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit + 1);
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.code) qb.andWhere('o.code = :code', { code: query.code });
    if (query.parentId) qb.andWhere('o.parentId = :parentId', { parentId: query.parentId });
    if (query.name) {
      const pattern = likePattern(query.name);
      qb.andWhere(new Brackets((w) => w.where('o.name ILIKE :pattern', { pattern }).orWhere('o.acronym ILIKE :pattern', { pattern })));
    }
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor, [CURSOR_CHECKS.text, CURSOR_CHECKS.uuid]);
      qb.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: String(name), afterId: String(id) });
    }
    return toPage(await qb.getMany(), limit, (o) => [o.name, o.id]);
  }

  private async requireParent(parentId: string) {
    if (!(await this.organizations.existsBy({ id: parentId }))) {
      throw unprocessable(`Organization ${parentId} does not exist`, [{ field: 'parentId', message: `no organization has id ${parentId}` }]);
    }
  }

  /** Whether `id` is `candidate` or one of its ancestors. */
  private async isAncestorOrSelf(id: string, candidate: string): Promise<boolean> {
    const rows: { id: string }[] = await this.organizations.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM organizations WHERE id = $1
         UNION SELECT o.id, o.parent_id FROM organizations o JOIN up ON o.id = up.parent_id)
       SELECT id FROM up WHERE id = $2`,
      [candidate, id],
    );
    return rows.length > 0;
  }
}
