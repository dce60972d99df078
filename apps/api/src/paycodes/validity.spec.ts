import { addDays, codeValidity, todayIn } from './validity';

describe(codeValidity.name, () => {
  const now = new Date('2030-03-10T23:30:00Z');

  it('defaults valid_from to today in the time zone and valid_to to code_duration days later', () => {
    expect(codeValidity({ code_duration: 10, code_duration_date: null }, 'UTC', {}, now)).toEqual({
      from: '2030-03-10',
      to: '2030-03-20',
    });
    expect(codeValidity({ code_duration: 10, code_duration_date: null }, 'Europe/Warsaw', {}, now)).toEqual({
      from: '2030-03-11',
      to: '2030-03-21',
    });
  });

  it("uses the rule's fixed day when the caller gives none, and cuts a later valid_to to it", () => {
    const rule = { code_duration: 10, code_duration_date: '2030-04-01' };
    expect(codeValidity(rule, 'UTC', {}, now)).toEqual({ from: '2030-03-10', to: '2030-04-01' });
    expect(codeValidity(rule, 'UTC', { valid_to: '2031-01-01' }, now)?.to).toBe('2030-04-01');
    expect(codeValidity(rule, 'UTC', { valid_to: '2030-03-15' }, now)?.to).toBe('2030-03-15');
  });

  it('refuses valid_to before valid_from, and allows one day', () => {
    expect(
      codeValidity({ code_duration: 1, code_duration_date: null }, 'UTC', {
        valid_from: '2030-05-02',
        valid_to: '2030-05-01',
      }),
    ).toBeNull();
    expect(
      codeValidity({ code_duration: 1, code_duration_date: null }, 'UTC', {
        valid_from: '2030-05-02',
        valid_to: '2030-05-02',
      }),
    ).toEqual({
      from: '2030-05-02',
      to: '2030-05-02',
    });
  });

  it('adds days across months and years', () => {
    expect(addDays('2030-12-30', 3)).toBe('2031-01-02');
    expect(todayIn('Asia/Tokyo', new Date('2030-01-01T16:00:00Z'))).toBe('2030-01-02');
  });
});
