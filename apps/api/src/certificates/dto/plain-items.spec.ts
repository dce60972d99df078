import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateCertificateDto } from './create-certificate.dto';
import { plainCreateItem } from './plain-items';

/** What the DTO's rules make of an item: the instance, or null when they refuse it. */
function byRules(plain: object): CreateCertificateDto | null {
  const item = plainToInstance(CreateCertificateDto, plain);
  const errors = validateSync(item, { whitelist: true, forbidUnknownValues: false });
  return errors.length ? null : item;
}

const CODES: unknown[] = [
  'CERT-1',
  '  padded  ',
  'a',
  'x'.repeat(64),
  'x'.repeat(65),
  ` ${'y'.repeat(64)} `,
  '',
  '   ',
  'tab\there',
  'new\nline',
  'ünïcødé',
  '😀',
  '\uFE0F',
  '\u00a0nbsp\u00a0',
  'x\u0000y',
  42,
  null,
  true,
  ['CERT'],
  { c: 1 },
  undefined,
];
const ACTIVE: unknown[] = [true, false, 'true', 1, 0, null, undefined];
const VALUES: unknown[] = [0, 1, 500, 2_147_483_647, 2_147_483_648, -1, 1.5, '5', null, NaN, undefined];
const EXTRA: Record<string, unknown>[] = [{}, { id: 1 }, { other: 'x' }, { id: undefined }];

describe(plainCreateItem.name, () => {
  it('accepts only what CreateCertificateDto accepts, and builds the same instance', () => {
    let fast = 0;
    let cases = 0;
    for (const code of CODES)
      for (const is_active of ACTIVE)
        for (const value of VALUES)
          for (const extra of EXTRA) {
            const plain: Record<string, unknown> = { ...extra };
            if (code !== undefined) plain.code = code;
            if (is_active !== undefined) plain.is_active = is_active;
            if (value !== undefined) plain.value = value;
            cases++;
            const quick = plainCreateItem(plain);
            if (!quick) continue;
            fast++;
            const ruled = byRules(plain);
            expect({ plain, ruled }).toEqual({ plain, ruled: quick });
            expect(quick).toBeInstanceOf(CreateCertificateDto);
          }
    expect(cases).toBe(CODES.length * ACTIVE.length * VALUES.length * EXTRA.length);
    // the ordinary items take the quick way
    expect(fast).toBeGreaterThan(60);
    expect(plainCreateItem({ code: 'CERT-1', value: 500 })).toEqual(byRules({ code: 'CERT-1', value: 500 }));
    expect(plainCreateItem({ code: ' C ', is_active: false })).toEqual(
      Object.assign(new CreateCertificateDto(), { code: 'C', is_active: false }),
    );
  });
});
