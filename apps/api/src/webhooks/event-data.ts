import type { IsoDate } from '@app/rules';
import type { SqlParams } from '../common/sql-params.js';
import { currentLetterStatesSql } from '../counting/letter-state.query.js';

/**
 * SQL answering `(id, data)` for the letters whose ids `scope` answers: what a
 * letter event says of its letter, from its maintained current state as of
 * `asOf` (today). Shared by the API (`letter.created`) and the worker
 * (`letter.overdue`), so both describe a letter alike.
 */
export function letterEventDataSql(scope: string, params: SqlParams, asOf: IsoDate, longOverdueDays: number): string {
  return `
    SELECT st.id, jsonb_build_object(
      'letterId', l.id, 'title', l.title, 'sentOn', l.sent_on, 'statedDueOn', l.stated_due_on,
      'dueOn', st.due_on, 'dueOnSource', st.due_on_source, 'status', st.status, 'timeliness', st.timeliness,
      'daysOverdue', st.days_overdue, 'daysOutstanding', st.days_outstanding,
      'counts', jsonb_build_object('total', st.total, 'open', st.open, 'unanswered', st.unanswered, 'answered', st.answered,
        'partiallyAnswered', st.partially_answered, 'acknowledged', st.acknowledged, 'nonResponsive', st.non_responsive,
        'declined', st.declined, 'referred', st.referred, 'withdrawn', st.withdrawn, 'superseded', st.superseded),
      'committeeId', l.committee_id, 'followUpOfId', l.follow_up_of_id, 'tags', to_jsonb(l.tags), 'sourceUrl', l.source_url,
      'signers', (SELECT coalesce(jsonb_agg(jsonb_build_object('personId', s.person_id, 'role', s.role, 'fullName', p.full_name,
                    'bioguideId', p.bioguide_id) ORDER BY s.position), '[]'::jsonb)
                  FROM letter_signers s JOIN people p ON p.id = s.person_id WHERE s.letter_id = l.id),
      'recipients', (SELECT coalesce(jsonb_agg(jsonb_build_object('personId', r.person_id, 'organizationId', r.organization_id,
                    'name', coalesce(p.full_name, o.name)) ORDER BY r.position), '[]'::jsonb)
                  FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id LEFT JOIN organizations o ON o.id = r.organization_id
                  WHERE r.letter_id = l.id)
    ) AS data
    FROM (${currentLetterStatesSql(scope, params, asOf, longOverdueDays)}) st JOIN letters l ON l.id = st.id`;
}

/** SQL (a boolean) that is true when some active subscription wants events of this type. */
export const wantedSql = (typeParam: string) =>
  `EXISTS (SELECT 1 FROM webhook_subscriptions ws WHERE ws.active AND ${typeParam}::text = ANY(ws.events))`;
