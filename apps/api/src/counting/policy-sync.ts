import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatPolicy, policyDueOn } from '@app/rules';
import { DataSource } from 'typeorm';
import { refreshCurrentState } from './current-state.js';
import { TrackerSettings } from './tracker-settings.js';

const KEY = 'response_policy';
const BATCH = 10000;

/**
 * Letters store the due date the default policy gives them, and their
 * maintained states. At start, when DEFAULT_RESPONSE_POLICY changed, or when
 * letters have no maintained state yet (rows loaded in bulk, or a database
 * from before states were kept), both are brought up to date before the
 * service answers.
 */
@Injectable()
export class PolicySync implements OnApplicationBootstrap {
  private readonly logger = new Logger('StateSync');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: TrackerSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const [present] = await this.dataSource.query(`SELECT to_regclass('public.settings') IS NOT NULL AS present`);
    if (!present.present) return;
    const wanted = formatPolicy(this.settings.policy);
    const [current] = await this.dataSource.query(`SELECT value FROM settings WHERE key = $1`, [KEY]);
    const policyChanged = current?.value !== wanted;
    let refreshed = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: { id: string; sent_on: string }[] = await this.dataSource.query(
        `SELECT id, sent_on FROM letters l WHERE id > $1
         ${policyChanged ? '' : 'AND l.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM letter_states s WHERE s.letter_id = l.id)'}
         ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      await this.dataSource.transaction(async (manager) => {
        if (policyChanged) {
          await manager.query(
            `UPDATE letters l SET policy_due_on = v.due FROM unnest($1::uuid[], $2::date[]) AS v(id, due)
             WHERE l.id = v.id AND l.policy_due_on IS DISTINCT FROM v.due`,
            [rows.map((r) => r.id), rows.map((r) => policyDueOn(r.sent_on, this.settings.policy))],
          );
        }
        await refreshCurrentState(manager, rows.map((r) => r.id));
      });
      refreshed += rows.length;
      after = rows[rows.length - 1].id;
    }
    if (policyChanged) {
      await this.dataSource.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [KEY, wanted],
      );
      if (current) this.logger.log(`response policy changed from "${current.value}" to "${wanted}"`);
    }
    if (refreshed > 0) this.logger.log(`brought ${refreshed} letters' due dates and current state up to date`);
  }
}
