import { levelDownTarget, levelUpTarget, nextAbove, nextBelow, RankedLevel } from './level-rules';

const lv = (id: string, priority: number, accum_level: number, reset = false): RankedLevel => ({
  id,
  priority,
  accum_level,
  reset,
});

describe('level rules', () => {
  const l1 = lv('l1', 1, 0);
  const l2 = lv('l2', 2, 1000);
  const l3 = lv('l3', 3, 5000, true);
  const l4 = lv('l4', 4, 10000);
  const all = [l3, l1, l4, l2];

  it('levelup: the best higher level the turnover reaches', () => {
    expect(levelUpTarget(all, null, 0)).toBe(l1);
    expect(levelUpTarget(all, l1, 6000)).toBe(l3);
    expect(levelUpTarget(all, l3, 6000)).toBeNull();
    expect(levelUpTarget(all, l2, 999_999)).toBe(l4);
    expect(levelUpTarget(all, l4, 999_999)).toBeNull();
  });

  it('the next level above is the lowest higher one; below, the highest lower one', () => {
    expect(nextAbove(all, null)).toBe(l1);
    expect(nextAbove(all, l2)).toBe(l3);
    expect(nextAbove(all, l4)).toBeNull();
    expect(nextBelow(all, l4)).toBe(l3);
    expect(nextBelow(all, l1)).toBeNull();
    expect(nextBelow(all, null)).toBeNull();
  });

  it('leveldown: reset stays, enough turnover stays, else the best lower level reached', () => {
    expect(levelDownTarget(all, l3, 0)).toBeNull();
    expect(levelDownTarget(all, l4, 10000)).toBeNull();
    expect(levelDownTarget(all, l4, 1500)).toBe(l2);
    expect(levelDownTarget(all, l4, 7000)).toBe(l3);
    expect(levelDownTarget(all, l2, 10)).toBe(l1);
    expect(levelDownTarget([lv('a', 1, 100), lv('b', 2, 1000)], lv('b', 2, 1000), 50)).toBeNull();
    expect(levelDownTarget(all, null, 0)).toBeNull();
  });

  it('breaks priority ties by turnover, then id', () => {
    const a = lv('a', 5, 100);
    const b = lv('b', 5, 200);
    expect(levelUpTarget([a, b], null, 1000)).toBe(b);
    expect(nextAbove([a, b], null)).toBe(a);
  });
});
