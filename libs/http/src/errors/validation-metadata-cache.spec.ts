import { getMetadataStorage, IsInt, IsString, Min, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Base {
  @IsString()
  name!: unknown;
}

class Child extends Base {
  @IsInt()
  @Min(1)
  count!: unknown;
}

const errorsOf = (o: object) =>
  validateSync(o, { forbidUnknownValues: false })
    .map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).join(',')}`)
    .sort();

describe(cacheValidationMetadata.name, () => {
  it('answers what class-validator answers, for classes and their bases, and is idempotent', () => {
    const storage = getMetadataStorage();
    const before = storage.getTargetValidationMetadatas(Child, '', false, false);
    cacheValidationMetadata();
    cacheValidationMetadata();
    const after = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(after).toEqual(before);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(after); // remembered
    expect(errorsOf(Object.assign(new Child(), { name: 1, count: 0 }))).toEqual([
      'count:min',
      'name:isString',
    ]);
    expect(errorsOf(Object.assign(new Child(), { name: 'x', count: 2 }))).toEqual([]);
    expect(errorsOf(Object.assign(new Base(), { name: 2, count: 0 }))).toEqual(['name:isString']);
  });

  it('forgets what it remembered when a rule is registered later', () => {
    cacheValidationMetadata();
    class Late {
      @IsString()
      a!: unknown;
    }
    expect(errorsOf(Object.assign(new Late(), { a: 1, b: 1 }))).toEqual(['a:isString']);
    // a rule added after the first validation of the class counts at once
    IsInt()(Late.prototype, 'b');
    expect(errorsOf(Object.assign(new Late(), { a: 1, b: 'x' }))).toEqual(['a:isString', 'b:isInt']);
  });
});
