import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem.js';
import { Problems } from '../common/problems.js';
import { refreshCurrentState } from '../counting/current-state.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { lockActiveLetter } from '../letters/letter-lookup.js';
import type { ExtensionView } from '../letters/letter.view.js';
import type { CreateExtensionDto } from './dto/create-extension.dto.js';
import { Extension } from './extension.entity.js';

const view = (e: Extension): ExtensionView => ({ id: e.id, newDueOn: e.newDueOn, grantedOn: e.grantedOn, note: e.note, createdAt: e.createdAt });

@Injectable()
export class ExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: TrackerSettings,
  ) {}

  /** Records a new due date; earlier extensions stay in the history. */
  async grant(letterId: string, dto: CreateExtensionDto): Promise<ExtensionView> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await lockActiveLetter(manager, letterId);
      const problems = new Problems();
      const today = this.settings.today();
      if (dto.grantedOn < letter.sentOn) problems.add('grantedOn', `grantedOn ${dto.grantedOn} is before the letter was sent (${letter.sentOn})`);
      if (dto.grantedOn > today) problems.add('grantedOn', `grantedOn ${dto.grantedOn} is in the future (today is ${today})`);
      if (dto.newDueOn < letter.sentOn) problems.add('newDueOn', `newDueOn ${dto.newDueOn} is before the letter was sent (${letter.sentOn})`);
      problems.throwUnprocessable();
      const extension = await manager.save(manager.create(Extension, { letterId, newDueOn: dto.newDueOn, grantedOn: dto.grantedOn, note: dto.note ?? null }));
      await refreshCurrentState(manager, [letterId]);
      return view(extension);
    });
  }

  async list(letterId: string): Promise<ExtensionView[]> {
    const exists = await this.dataSource.query(`SELECT 1 FROM letters WHERE id = $1 AND archived_at IS NULL`, [letterId]);
    if (exists.length === 0) throw notFound('Letter', letterId);
    const extensions = await this.dataSource.manager.find(Extension, { where: { letterId }, order: { grantedOn: 'ASC', seq: 'ASC' } });
    return extensions.map(view);
  }
}
