import { RandomCodeSource, generateApiToken, randomIntBetween, sha256Hex, BASE62 } from './random-code';

describe(RandomCodeSource.name, () => {
  const source = new RandomCodeSource();

  it('draws only from the alphabet, at the asked length', () => {
    for (const code of source.codes('AB7', 5, 200)) {
      expect(code).toMatch(/^[AB7]{5}$/);
    }
  });

  it('is uniform over a 34-symbol alphabet (chi-square within bounds)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789';
    const counts = new Map<string, number>();
    const codes = source.codes(alphabet, 10, 34_000);
    for (const c of codes) for (const ch of c) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const total = 340_000;
    const expected = total / alphabet.length;
    let chi = 0;
    for (const ch of alphabet) chi += ((counts.get(ch) ?? 0) - expected) ** 2 / expected;
    // 33 degrees of freedom: the 99.99th percentile is about 70.
    expect(counts.size).toBe(alphabet.length);
    expect(chi).toBeLessThan(70);
  });

  it('refuses alphabets with repeated or too few characters', () => {
    expect(() => source.code('AA', 4)).toThrow(RangeError);
    expect(() => source.code('A', 4)).toThrow(RangeError);
  });

  it('makes base62 tokens of 32 characters that differ', () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a).toMatch(new RegExp(`^[${BASE62}]{32}$`));
    expect(a).not.toBe(b);
  });

  it('draws integers inside the inclusive range', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const v = randomIntBetween(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect(seen.size).toBe(5);
  });

  it('hashes with SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
