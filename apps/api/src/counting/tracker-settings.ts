import { Inject, Injectable } from '@nestjs/common';
import { APP_ENV, type Env } from '@app/config';
import { isIsoDate, parsePolicy, todayIn, type CountingRules, type IsoDate, type ResponsePolicy } from '@app/rules';

/** The operator's counting settings, read once from the environment. */
@Injectable()
export class TrackerSettings implements CountingRules {
  readonly policy: ResponsePolicy;
  readonly longOverdueDays: number;
  readonly timeZone: string;

  constructor(@Inject(APP_ENV) env: Env) {
    this.policy = parsePolicy(env.DEFAULT_RESPONSE_POLICY);
    this.longOverdueDays = env.LONG_OVERDUE_DAYS;
    this.timeZone = env.TRACKER_TIME_ZONE;
  }

  /** Today in the tracker's time zone. */
  today(): IsoDate {
    return todayIn(this.timeZone);
  }

  /** The as-of date of a read: the one asked for, else today. */
  asOf(requested?: string): IsoDate {
    return requested && isIsoDate(requested) ? requested : this.today();
  }
}
