import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The channel every write that can move a count notifies, in its own transaction (so only on commit). */
export const COUNTS_CHANNEL = 'ot_counts_changed';

const localCommits = new Set<() => void>();

/** Called after any transaction of this process commits: its writes may have moved counts. */
export function countsMayHaveChanged(): void {
  for (const invalidate of localCommits) invalidate();
}

const MAX_ENTRIES = 500;

/**
 * Aggregate answers kept until the next write. Watchdogs hit the same
 * aggregates over and over around hearings, while writes are rare: an answer
 * is computed once and reused until any write commits, in this process (told
 * synchronously after its commit) or in another (told by PostgreSQL's NOTIFY
 * on commit). If the notification channel fails, nothing is cached.
 */
@Injectable()
export class AggregateCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AggregateCache');
  private readonly entries = new Map<string, { version: number; value: Promise<unknown> }>();
  private version = 0;
  private listening = false;
  private listener?: pg.Client;
  private readonly invalidate = () => {
    this.version += 1;
    this.entries.clear();
  };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    localCommits.add(this.invalidate);
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    const client = new pg.Client({ connectionString: url, application_name: 'oversight-tracker-cache' });
    client.on('notification', this.invalidate);
    client.on('error', (error) => this.stopListening(`the notification connection failed: ${error.message}`));
    client.on('end', () => this.stopListening('the notification connection closed'));
    try {
      await client.connect();
      await client.query(`LISTEN ${COUNTS_CHANNEL}`);
      this.listener = client;
      this.listening = true;
    } catch (error) {
      this.stopListening(`could not listen for changes: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }

  async onModuleDestroy(): Promise<void> {
    localCommits.delete(this.invalidate);
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.listening) return compute();
    const entry = this.entries.get(key);
    if (entry && entry.version === this.version) return entry.value as Promise<T>;
    const version = this.version;
    const value = compute();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  private stopListening(reason: string) {
    if (this.listening) this.logger.warn(`${reason}; aggregates are computed afresh for every request`);
    this.listening = false;
    this.invalidate();
  }
}
