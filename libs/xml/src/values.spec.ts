import { formatNetDateTime, zoneOffsetMinutes } from './net-date';
import { formatDecimal, formatJsonDecimal, parseScalarText } from './values';

describe(formatDecimal.name, () => {
  it('writes invariant decimals without exponent or trailing zeros', () => {
    expect(formatDecimal(1)).toBe('1');
    expect(formatDecimal(1.5)).toBe('1.5');
    expect(formatDecimal('100.50')).toBe('100.5');
    expect(formatDecimal('3.00')).toBe('3');
    expect(formatDecimal(-0)).toBe('0');
    expect(formatDecimal(1e21)).toBe('1000000000000000000000');
    expect(formatDecimal(1e-7)).toBe('0.0000001');
    expect(formatJsonDecimal(1)).toBe('1.0');
    expect(formatJsonDecimal('2.50')).toBe('2.5');
  });
});

describe(parseScalarText.name, () => {
  it('reads XML texts as their types and refuses what does not parse', () => {
    expect(parseScalarText('int', ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseScalarText('int', '4.2').ok).toBe(false);
    expect(parseScalarText('int', '')).toEqual({ ok: false, reason: 'must be an integer' });
    expect(parseScalarText('long', '9007199254740993').ok).toBe(false);
    expect(parseScalarText('decimal', '10.25')).toEqual({ ok: true, value: 10.25 });
    expect(parseScalarText('decimal', '1e3').ok).toBe(false);
    expect(parseScalarText('decimal', 'NaN').ok).toBe(false);
    expect(parseScalarText('boolean', 'true')).toEqual({ ok: true, value: true });
    expect(parseScalarText('boolean', '0')).toEqual({ ok: true, value: false });
    expect(parseScalarText('boolean', 'True').ok).toBe(false);
  });
});

describe(formatNetDateTime.name, () => {
  it("writes the .NET round-trip form with the zone's offset at that instant", () => {
    const instant = new Date('2024-04-29T11:09:27.252Z');
    expect(formatNetDateTime(instant, 'Europe/Moscow')).toBe('2024-04-29T14:09:27.252+03:00');
    expect(formatNetDateTime(instant, 'UTC')).toBe('2024-04-29T11:09:27.252+00:00');
    expect(formatNetDateTime(instant, 'America/St_Johns')).toBe('2024-04-29T08:39:27.252-02:30');
    // trailing zeros of the fraction dropped, as .NET's FFFFFFF does; none at all on a whole second
    expect(formatNetDateTime(new Date('2024-04-29T11:09:27.250Z'), 'UTC')).toBe(
      '2024-04-29T11:09:27.25+00:00',
    );
    expect(formatNetDateTime(new Date('2024-04-29T11:09:27.000Z'), 'UTC')).toBe('2024-04-29T11:09:27+00:00');
    expect(zoneOffsetMinutes(new Date('2024-01-15T12:00:00Z'), 'Europe/Warsaw')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2024-07-15T12:00:00Z'), 'Europe/Warsaw')).toBe(120);
  });
});
