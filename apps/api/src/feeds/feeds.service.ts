import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_SIZE } from '../common/pagination.js';
import { SqlParams } from '../common/sql-params.js';
import { TrackerSettings } from '../counting/tracker-settings.js';
import { letterFilterSql } from '../letters/letter-list.js';
import { renderAtom, type AtomEntry } from './atom.js';
import { refuseNulCharacters } from '../exports/dto/export.query.js';
import type { FeedQuery } from './dto/feed.query.js';

interface LetterRow {
  id: string;
  title: string;
  summary: string | null;
  sent_on: string;
  due_on: string | null;
  source_url: string | null;
  tags: string[];
  signers: string[];
  recipients: string[];
  created_at: Date;
  updated_at: Date;
}

interface ResponseRow {
  id: string;
  letter_id: string;
  letter_title: string;
  received_on: string;
  summary: string | null;
  source_url: string | null;
  respondent: string | null;
  tags: string[];
  dispositions: Record<string, number> | null;
  created_at: Date;
}

const SIGNER_NAMES = `ARRAY(SELECT p.full_name FROM letter_signers s JOIN people p ON p.id = s.person_id WHERE s.letter_id = l.id ORDER BY s.position)`;
const RECIPIENT_NAMES = `ARRAY(SELECT coalesce(p.full_name, o.name) FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id
  LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.letter_id = l.id ORDER BY r.position)`;

const listing = (names: string[]) => (names.length ? names.join(', ') : 'nobody recorded');

/** Atom feeds of newly logged letters and responses, filtered like `GET /letters`, newest first. */
@Injectable()
export class FeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: TrackerSettings,
  ) {}

  async letters(query: FeedQuery, base: string, selfUrl: string): Promise<string> {
    refuseNulCharacters(query);
    const params = new SqlParams();
    const rows: LetterRow[] = await this.dataSource.query(
      `SELECT l.id, l.title, l.summary, l.sent_on, (SELECT s.due_on FROM letter_states s WHERE s.letter_id = l.id AND s.valid_to = 'infinity') AS due_on, l.source_url, l.tags, l.created_at, l.updated_at,
              ${SIGNER_NAMES} AS signers, ${RECIPIENT_NAMES} AS recipients
       FROM letters l WHERE ${letterFilterSql(query, params, this.settings.today())}
       ORDER BY l.created_at DESC, l.id DESC LIMIT ${query.limit ?? DEFAULT_PAGE_SIZE}`,
      params.values,
    );
    const entries: AtomEntry[] = rows.map((r) => ({
      id: `urn:uuid:${r.id}`,
      title: r.title,
      updated: r.updated_at,
      published: r.created_at,
      links: [
        { href: `${base}/letters/${r.id}`, type: 'application/json' },
        ...(r.source_url ? [{ href: r.source_url, rel: 'related' as const, title: 'the letter as published' }] : []),
      ],
      authors: r.signers,
      categories: r.tags,
      summary: [
        `Sent ${r.sent_on} by ${listing(r.signers)} to ${listing(r.recipients)}${r.due_on ? `; a response is due by ${r.due_on}` : ''}.`,
        r.summary ?? '',
      ].join(' ').trim(),
    }));
    return renderAtom({
      id: selfUrl,
      title: 'Oversight Tracker: new letters',
      selfUrl,
      updated: newest(entries),
      entries,
    });
  }

  async responses(query: FeedQuery, base: string, selfUrl: string): Promise<string> {
    refuseNulCharacters(query);
    const params = new SqlParams();
    const rows: ResponseRow[] = await this.dataSource.query(
      `SELECT r.id, r.letter_id, l.title AS letter_title, r.received_on, r.summary, r.source_url, r.created_at, l.tags,
              coalesce(rp.full_name, ro.name) AS respondent,
              (SELECT jsonb_object_agg(d.disposition, d.n) FROM (
                 SELECT i.disposition, count(*)::int AS n FROM response_items i WHERE i.response_id = r.id GROUP BY i.disposition) d) AS dispositions
       FROM responses r JOIN letters l ON l.id = r.letter_id
       LEFT JOIN people rp ON rp.id = r.respondent_person_id LEFT JOIN organizations ro ON ro.id = r.respondent_organization_id
       WHERE ${letterFilterSql(query, params, this.settings.today())}
       ORDER BY r.created_at DESC, r.id DESC LIMIT ${query.limit ?? DEFAULT_PAGE_SIZE}`,
      params.values,
    );
    const entries: AtomEntry[] = rows.map((r) => {
      const items = Object.entries(r.dispositions ?? {}).map(([disposition, n]) => `${n} ${disposition.replace(/_/g, ' ')}`);
      return {
        id: `urn:uuid:${r.id}`,
        title: `Response to "${r.letter_title}"${r.respondent ? ` from ${r.respondent}` : ''}`,
        updated: r.created_at,
        published: r.created_at,
        links: [
          { href: `${base}/letters/${r.letter_id}/responses`, type: 'application/json' },
          ...(r.source_url ? [{ href: r.source_url, rel: 'related' as const, title: 'the response as published' }] : []),
        ],
        authors: r.respondent ? [r.respondent] : [],
        categories: r.tags,
        summary: [`Received ${r.received_on}.`, items.length ? `Questions: ${items.join(', ')}.` : 'No question itemised.', r.summary ?? '']
          .join(' ')
          .trim(),
      };
    });
    return renderAtom({
      id: selfUrl,
      title: 'Oversight Tracker: responses logged',
      selfUrl,
      updated: newest(entries),
      entries,
    });
  }
}

/** A feed's `updated`: its newest entry's, or now for an empty feed. */
function newest(entries: AtomEntry[]): Date {
  return entries.reduce<Date | null>((latest, e) => (!latest || e.updated > latest ? e.updated : latest), null) ?? new Date();
}
