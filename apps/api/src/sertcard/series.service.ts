import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/data';
import { ValidationFailed } from '@app/http';
import {
  CreateSeriesDto,
  DEFAULT_SECRET_ALPHABET,
  DEFAULT_SECRET_LENGTH,
  SeriesDto,
  UpdateSeriesDto,
} from './dto/series.dto';
import { SeriesIdTaken, SeriesNotFound, WeakSecrets } from './sertcard.errors';
import { SeriesFields, SeriesRepository, SeriesRow } from './series.repository';

/** Secret codes must carry at least this many bits (alphabet size ^ length >= 2^40). */
const MIN_SECRET_BITS = 40;
/** Attempts at the next free id when concurrent creates take the same one. */
const ID_ATTEMPTS = 5;

export function toSeriesDto(r: SeriesRow): SeriesDto {
  return {
    id: r.id,
    name: r.name,
    item_codes: r.item_codes,
    nominal: r.nominal === null ? null : Number(r.nominal),
    validity_days: r.validity_days,
    allow_refund: r.allow_refund,
    allow_reuse: r.allow_reuse,
    secret_length: r.secret_length,
    secret_alphabet: r.secret_alphabet,
  };
}

function checkSecrets(f: SeriesFields): void {
  const chars = [...f.secret_alphabet];
  if (new Set(chars).size !== chars.length) {
    const reason = 'secret_alphabet characters must be distinct';
    throw new ValidationFailed(reason, [{ field: 'secret_alphabet', reason }]);
  }
  const bits = f.secret_length * Math.log2(chars.length);
  if (bits < MIN_SECRET_BITS) throw new WeakSecrets(bits);
}

/** SertCard series administration (JSON). */
@Injectable()
export class SeriesService {
  constructor(
    private readonly db: Database,
    private readonly repo: SeriesRepository,
  ) {}

  async list(offset = 0, limit = 100): Promise<SeriesDto[]> {
    return (await this.repo.list(offset, limit)).map(toSeriesDto);
  }

  async get(id: number): Promise<SeriesDto> {
    const row = await this.repo.find(id);
    if (!row) throw new SeriesNotFound(id);
    return toSeriesDto(row);
  }

  async create(dto: CreateSeriesDto): Promise<SeriesDto> {
    const fields: SeriesFields = {
      name: dto.name,
      item_codes: [...new Set(dto.item_codes)],
      nominal: dto.nominal ?? null,
      validity_days: dto.validity_days,
      allow_refund: dto.allow_refund,
      allow_reuse: dto.allow_reuse,
      secret_length: dto.secret_length ?? DEFAULT_SECRET_LENGTH,
      secret_alphabet: dto.secret_alphabet ?? DEFAULT_SECRET_ALPHABET,
    };
    checkSecrets(fields);
    for (let attempt = 1; ; attempt++) {
      try {
        return toSeriesDto(await this.repo.create(dto.id, fields));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        if (dto.id !== undefined) throw new SeriesIdTaken(dto.id);
        if (attempt >= ID_ATTEMPTS) throw e;
      }
    }
  }

  /** Changes apply to certificates issued afterwards; sold ones keep the terms they were sold with. */
  async update(id: number, dto: UpdateSeriesDto): Promise<SeriesDto> {
    return this.db.transaction(async () => {
      const current = await this.repo.lock(id);
      if (!current) throw new SeriesNotFound(id);
      const fields: SeriesFields = {
        name: dto.name ?? current.name,
        item_codes: dto.item_codes ? [...new Set(dto.item_codes)] : current.item_codes,
        nominal:
          dto.nominal !== undefined ? dto.nominal : current.nominal === null ? null : Number(current.nominal),
        validity_days: dto.validity_days ?? current.validity_days,
        allow_refund: dto.allow_refund ?? current.allow_refund,
        allow_reuse: dto.allow_reuse ?? current.allow_reuse,
        secret_length: dto.secret_length ?? current.secret_length,
        secret_alphabet: dto.secret_alphabet ?? current.secret_alphabet,
      };
      checkSecrets(fields);
      return toSeriesDto((await this.repo.update(id, fields))!);
    });
  }
}
