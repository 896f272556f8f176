import { addDays, type IsoDate } from './dates.js';
import { addBusinessDays } from './holidays.js';

/** The default answer period for a letter that states no date. */
export interface ResponsePolicy {
  days: number;
  unit: 'calendar' | 'business';
}

export const DEFAULT_POLICY: ResponsePolicy = { days: 30, unit: 'calendar' };

/** Reads `30 calendar days` / `10 business days`. */
export function parsePolicy(text: string): ResponsePolicy {
  const match = /^\s*(\d{1,3})\s+(calendar|business)\s+days?\s*$/i.exec(text);
  if (!match) throw new Error(`"${text}" is not a response policy like "30 calendar days" or "15 business days"`);
  return { days: Number(match[1]), unit: match[2].toLowerCase() as ResponsePolicy['unit'] };
}

export const formatPolicy = (policy: ResponsePolicy): string => `${policy.days} ${policy.unit} days`;

export function policyDueOn(sentOn: IsoDate, policy: ResponsePolicy): IsoDate {
  return policy.unit === 'calendar' ? addDays(sentOn, policy.days) : addBusinessDays(sentOn, policy.days);
}

export interface ExtensionFact {
  newDueOn: IsoDate;
  grantedOn: IsoDate;
  /** Logging order: of two extensions granted the same day, the later logged wins. */
  seq: number;
}

export type DueOnSource = 'extension' | 'stated' | 'policy';

export interface DueDate {
  dueOn: IsoDate;
  dueOnSource: DueOnSource;
  dueOnExplanation: string;
}

/** The extension in force as of `asOf`: the latest granted on or before it. */
export function extensionInForce<E extends ExtensionFact>(extensions: readonly E[], asOf: IsoDate): E | undefined {
  let best: E | undefined;
  for (const e of extensions) {
    if (e.grantedOn > asOf) continue;
    if (!best || e.grantedOn > best.grantedOn || (e.grantedOn === best.grantedOn && e.seq > best.seq)) best = e;
  }
  return best;
}

/**
 * A letter's due date as of a date: the extension in force, else the date the
 * letter states, else the policy's date; with a sentence saying which.
 */
export function dueDate(
  letter: { sentOn: IsoDate; statedDueOn: IsoDate | null },
  extensions: readonly ExtensionFact[],
  asOf: IsoDate,
  policy: ResponsePolicy,
): DueDate {
  const extension = extensionInForce(extensions, asOf);
  if (extension) {
    return {
      dueOn: extension.newDueOn,
      dueOnSource: 'extension',
      dueOnExplanation: `Extended to ${extension.newDueOn} by an extension granted on ${extension.grantedOn}`,
    };
  }
  if (letter.statedDueOn) {
    return {
      dueOn: letter.statedDueOn,
      dueOnSource: 'stated',
      dueOnExplanation: `The letter asks for a response by ${letter.statedDueOn}`,
    };
  }
  const dueOn = policyDueOn(letter.sentOn, policy);
  return {
    dueOn,
    dueOnSource: 'policy',
    dueOnExplanation:
      policy.unit === 'calendar'
        ? `${policy.days} calendar days after ${letter.sentOn}`
        : `${policy.days} business days after ${letter.sentOn}, skipping weekends and federal holidays`,
  };
}
