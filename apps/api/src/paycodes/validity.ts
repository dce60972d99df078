/** Today's date (`YYYY-MM-DD`) in an IANA time zone. */
export function todayIn(timezone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface RuleValidity {
  code_duration: number | null;
  code_duration_date: string | null;
}

/**
 * The first and last day a new code is valid. `valid_from` defaults to today; `valid_to` is the
 * caller's, else the rule's fixed last day, else `valid_from` + `code_duration` days (365 when the
 * rule has neither). A `valid_to` after the rule's last day is cut to it. Null: `valid_to` is
 * before `valid_from`.
 */
export function codeValidity(
  rule: RuleValidity,
  timezone: string,
  given: { valid_from?: string; valid_to?: string },
  now = new Date(),
): { from: string; to: string } | null {
  const from = given.valid_from ?? todayIn(timezone, now);
  let to = given.valid_to ?? rule.code_duration_date ?? addDays(from, rule.code_duration ?? 365);
  if (rule.code_duration_date && to > rule.code_duration_date) to = rule.code_duration_date;
  return to < from ? null : { from, to };
}

/** alphabet^length as a float (exact enough to compare against counts). */
export function codeSpace(alphabetSize: number, length: number): number {
  return Math.pow(alphabetSize, length);
}
