import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate, Scorecard } from '@app/rules';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem.js';
import { SqlParams } from '../common/sql-params.js';
import { CountingService } from '../counting/counting.service.js';
import type { ScorecardRole } from './dto/scorecard.query.js';
import type { ScorecardView } from './dto/scorecard.view.js';


/** How a recipient answers, or what a signer gets back, as of a date: one statement per scorecard. */
@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counting: CountingService,
  ) {}

  async forOrganization(id: string, requestedAsOf?: string): Promise<ScorecardView> {
    const [organization] = await this.dataSource.query(`SELECT id, name FROM organizations WHERE id = $1`, [id]);
    if (!organization) throw notFound('Organization', id);
    const params = new SqlParams();
    const org = params.add(id);
    // Letters addressed to the organization or to a person of it, as the aggregates count them.
    const scope = `SELECT DISTINCT r.letter_id FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id
                   WHERE r.organization_id = ${org} OR p.organization_id = ${org}`;
    const card = await this.compute(scope, params, requestedAsOf);
    return { ...card, subject: { kind: 'organization', id, name: organization.name, role: 'recipient' } };
  }

  async forPerson(id: string, requestedAsOf?: string, requestedRole?: ScorecardRole): Promise<ScorecardView> {
    const [person] = await this.dataSource.query(`SELECT id, full_name, kind FROM people WHERE id = $1`, [id]);
    if (!person) throw notFound('Person', id);
    const role = requestedRole ?? (person.kind === 'member' ? 'signer' : 'recipient');
    const params = new SqlParams();
    const scope = role === 'signer'
      ? `SELECT letter_id FROM letter_signers WHERE person_id = ${params.add(id)}`
      : `SELECT letter_id FROM letter_recipients WHERE person_id = ${params.add(id)}`;
    const card = await this.compute(scope, params, requestedAsOf);
    return { ...card, subject: { kind: 'person', id, name: person.full_name, role } };
  }

  private async compute(scope: string, params: SqlParams, requestedAsOf?: string): Promise<Scorecard> {
    const asOf: IsoDate = this.counting.settings.asOf(requestedAsOf);
    const states = this.counting.statesSql(scope, params, asOf);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS "lettersReceived",
              count(*) FILTER (WHERE first_response_on IS NOT NULL)::int AS "lettersWithResponse",
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_on - sent_on)
                    FILTER (WHERE first_response_on IS NOT NULL)::numeric, 2)::float8 AS "medianDaysToFirstResponse",
              round(percentile_cont(0.9) WITHIN GROUP (ORDER BY first_response_on - sent_on)
                    FILTER (WHERE first_response_on IS NOT NULL)::numeric, 2)::float8 AS "p90DaysToFirstResponse",
              coalesce(sum(total - superseded), 0)::int AS questions,
              coalesce(sum(open), 0)::int AS open,
              coalesce(sum(unanswered), 0)::int AS unanswered,
              count(*) FILTER (WHERE timeliness IN ('overdue', 'long_overdue'))::int AS "overdueLetters",
              count(*) FILTER (WHERE timeliness = 'long_overdue')::int AS "longOverdueLetters"
       FROM (${states}) s`,
      params.values,
    );
    const responseRate = row.lettersReceived > 0 ? Math.round((row.lettersWithResponse / row.lettersReceived) * 10000) / 10000 : null;
    return {
      asOf,
      lettersReceived: row.lettersReceived,
      lettersWithResponse: row.lettersWithResponse,
      responseRate,
      medianDaysToFirstResponse: row.medianDaysToFirstResponse,
      p90DaysToFirstResponse: row.p90DaysToFirstResponse,
      questions: row.questions,
      open: row.open,
      unanswered: row.unanswered,
      overdueLetters: row.overdueLetters,
      longOverdueLetters: row.longOverdueLetters,
    };
  }
}
