import { KeyedBatcher } from './keyed-batcher';

const tick = () => new Promise((r) => setImmediate(r));

describe(KeyedBatcher.name, () => {
  it('writes one batch per key at a time, gathering what arrives meanwhile, in order', async () => {
    const writes: string[][] = [];
    let running = 0;
    let most = 0;
    const batcher = new KeyedBatcher<string, string>(async (key, items) => {
      running++;
      most = Math.max(most, running);
      writes.push([key, ...items]);
      await tick();
      running--;
      return items.map((i) => i.toUpperCase());
    }, 3);
    const outs = await Promise.all(['a1', 'a2', 'a3', 'a4', 'a5', 'b1'].map((x) => batcher.submit(x[0], x)));
    expect(outs).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1']);
    // the first of a key goes alone; the ones behind it go together, at most 3 at a time
    expect(writes).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
      ['a', 'a2', 'a3', 'a4'],
      ['a', 'a5'],
    ]);
    expect(most).toBe(2); // a and b side by side, never two batches of a
    expect(batcher.size).toBe(0);
  });

  it('fails every item of a failed batch, and goes on with the next', async () => {
    let calls = 0;
    const batcher = new KeyedBatcher<number, number>(async (_key, items) => {
      calls++;
      await tick();
      if (items.includes(2)) throw new Error('no twos');
      return items;
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.submit('k', n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      1,
      'no twos',
      'no twos',
      'no twos',
    ]);
    expect(calls).toBe(2);
    expect(await batcher.submit('k', 5)).toBe(5);
  });
});
