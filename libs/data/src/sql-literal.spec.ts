import { sqlLiteral } from './sql-literal';

describe(sqlLiteral.name, () => {
  it('writes null, numbers, booleans, strings and dates as SQL literals', () => {
    expect([sqlLiteral(null), sqlLiteral(undefined)]).toEqual(['NULL', 'NULL']);
    expect([sqlLiteral(-12.5), sqlLiteral(0), sqlLiteral(true), sqlLiteral(false)]).toEqual([
      '-12.5',
      '0',
      'true',
      'false',
    ]);
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral('a\\b')).toBe(" E'a\\\\b'");
    expect(sqlLiteral("x'); DROP TABLE cards; --")).toBe("'x''); DROP TABLE cards; --'");
    expect(sqlLiteral(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe(
      "'2026-01-02T03:04:05.006Z'::timestamptz",
    );
  });

  it('refuses what it cannot write safely', () => {
    expect(() => sqlLiteral(NaN)).toThrow();
    expect(() => sqlLiteral(Infinity)).toThrow();
    expect(() => sqlLiteral(new Date(NaN))).toThrow();
    expect(() => sqlLiteral('a\u0000b')).toThrow();
    expect(() => sqlLiteral({} as never)).toThrow();
  });
});
