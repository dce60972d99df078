/** What the level rules need of a level. */
export interface RankedLevel {
  id: string;
  priority: number;
  accum_level: number;
  reset: boolean;
}

/** Higher priority first; ties by required turnover, then id, so choices are stable. */
function better<T extends RankedLevel>(a: T, b: T): T {
  if (a.priority !== b.priority) return a.priority > b.priority ? a : b;
  if (a.accum_level !== b.accum_level) return a.accum_level > b.accum_level ? a : b;
  return a.id > b.id ? a : b;
}

function best<T extends RankedLevel>(levels: T[]): T | null {
  return levels.reduce<T | null>((acc, l) => (acc ? better(acc, l) : l), null);
}

function lowest<T extends RankedLevel>(levels: T[]): T | null {
  return levels.reduce<T | null>((acc, l) => (acc && better(acc, l) === l ? acc : l), null);
}

/** levelup: the best level above the current one (any, without one) whose turnover the card reaches. */
export function levelUpTarget<T extends RankedLevel>(
  levels: T[],
  current: T | null,
  turnover: number,
): T | null {
  return best(
    levels.filter((l) => (current === null || l.priority > current.priority) && l.accum_level <= turnover),
  );
}

/** The next level above: the lowest of those with a higher priority (the lowest of all without one). */
export function nextAbove<T extends RankedLevel>(levels: T[], current: T | null): T | null {
  return lowest(levels.filter((l) => current === null || l.priority > current.priority));
}

/**
 * leveldown, the seed's algorithm: on a level with `reset`, nothing; while the turnover still
 * reaches the current level, nothing; else the highest level of lower priority the turnover
 * reaches, if any.
 */
export function levelDownTarget<T extends RankedLevel>(
  levels: T[],
  current: T | null,
  turnover: number,
): T | null {
  if (current === null || current.reset || turnover >= current.accum_level) return null;
  return best(levels.filter((l) => l.priority < current.priority && l.accum_level <= turnover));
}

/** The next level below: the highest of those with a lower priority. */
export function nextBelow<T extends RankedLevel>(levels: T[], current: T | null): T | null {
  if (current === null) return null;
  return best(levels.filter((l) => l.priority < current.priority));
}
