import { Injectable, StreamableFile } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/data';
import { ErrorDetail, ValidationFailed } from '@app/http';
import {
  CertificateChange,
  CertificateRow,
  CertificatesRepository,
  NewCertificate,
} from './certificates.repository';
import { CertificateNotFound, DuplicateCode } from './certificates.errors';
import { CertificateDto } from './dto/certificate.dto';
import { CreateCertificateDto } from './dto/create-certificate.dto';
import { ListCertificatesQueryDto } from './dto/list-certificates-query.dto';
import { BulkUpdateCertificateDto, UpdateCertificateDto } from './dto/update-certificate.dto';
import { jsonArrayStream } from './json-array-stream';

const CODE_UNIQUE = 'certificates_org_code_uq';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The wire shape, keys in the seed's order. */
export function toCertificateDto(row: CertificateRow): CertificateDto {
  return { id: row.id, code: row.code, is_active: row.is_active, value: row.value };
}

@Injectable()
export class CertificatesService {
  constructor(
    private readonly db: Database,
    private readonly repo: CertificatesRepository,
  ) {}

  /**
   * The whole (filtered) list as a JSON array streamed from a database cursor. The first rows are
   * read before the answer starts, so a failing query is still a proper error answer; a failure
   * after that aborts the connection.
   */
  async list(q: ListCertificatesQueryDto): Promise<StreamableFile> {
    const rows = await this.repo.streamList({
      isActive: q.is_active,
      codePrefix: q.code,
      offset: q.offset,
      limit: q.limit,
    });
    const first = await rows.next();
    return new StreamableFile(jsonArrayStream(first, rows, toCertificateDto), { type: JSON_TYPE });
  }

  async get(id: number): Promise<CertificateDto> {
    const row = await this.repo.find(id);
    if (!row) throw new CertificateNotFound();
    return toCertificateDto(row);
  }

  async update(id: number, dto: UpdateCertificateDto): Promise<CertificateDto> {
    let row: CertificateRow | null;
    try {
      row = await this.repo.update(changeOf(id, dto));
    } catch (e) {
      if (isUniqueViolation(e, CODE_UNIQUE)) {
        throw new DuplicateCode(`another certificate already has the code ${JSON.stringify(dto.code)}`, [
          { field: 'code', code: dto.code, reason: 'another certificate already has this code' },
        ]);
      }
      throw e;
    }
    if (!row) throw new CertificateNotFound();
    return toCertificateDto(row);
  }

  async remove(id: number): Promise<void> {
    if (!(await this.repo.remove(id))) throw new CertificateNotFound();
  }

  /** All or nothing: one INSERT for the batch; duplicates in the batch or with stored codes answer 409 naming each. */
  async bulkCreate(items: CreateCertificateDto[]): Promise<CertificateDto[]> {
    const news: NewCertificate[] = items.map((i) => ({
      code: i.code,
      is_active: i.is_active ?? true,
      value: i.value ?? 0,
    }));
    const codes = news.map((n) => n.code);
    const inBatch = duplicatesInBatch(codes);
    if (inBatch.length) {
      throw duplicateCodes([...inBatch, ...storedClashes(codes, await this.repo.findByCodes(codes))]);
    }
    try {
      // Clashes with stored codes are left to the unique constraint (no 10,000-code look-up on the
      // happy path); a refused insert rolls back and is diagnosed below.
      const rows = await this.db.transaction(async () => {
        const firstId = await this.repo.reserveIds(news.length); // serialises this organization's creates
        return this.repo.insertMany(firstId, news);
      });
      return rows.sort((a, b) => a.id - b.id).map(toCertificateDto);
    } catch (e) {
      if (!isUniqueViolation(e, CODE_UNIQUE)) throw e;
      throw duplicateCodes(storedClashes(codes, await this.repo.findByCodes(codes)));
    }
  }

  /**
   * All or nothing: unknown ids answer 404, code clashes (in the batch's final codes or with
   * certificates outside it) 409, before one UPDATE for the batch. Codes may be swapped inside a batch.
   */
  async bulkUpdate(items: BulkUpdateCertificateDto[]): Promise<CertificateDto[]> {
    assertDistinctIds(items);
    const changes = items.map((i) => changeOf(i.id, i));
    const ids = changes.map((c) => c.id);
    const newCodes = (stored: Map<number, string>) =>
      changes.filter((c) => c.code !== null && c.code !== stored.get(c.id)).map((c) => c.code as string);
    let changedCodes: string[] = [];
    try {
      const rows = await this.db.transaction(async () => {
        await this.repo.deferCodeUniqueness();
        const locked = await this.repo.lockByIds(ids);
        const stored = new Map(locked.map((r) => [r.id, r.code]));
        const unknown = changes.flatMap((c, index) => (stored.has(c.id) ? [] : [{ index, id: c.id }]));
        if (unknown.length) throw unknownIds(unknown);
        const finalCodes = changes.map((c) => c.code ?? (stored.get(c.id) as string));
        changedCodes = newCodes(stored);
        const taken = await this.repo.findByCodes(changedCodes, ids);
        const clashes = [...duplicatesInBatch(finalCodes), ...storedClashes(finalCodes, taken)];
        if (clashes.length) throw duplicateCodes(clashes);
        return this.repo.updateMany(changes);
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => toCertificateDto(byId.get(id) as CertificateRow));
    } catch (e) {
      if (!isUniqueViolation(e, CODE_UNIQUE)) throw e;
      const finalCodes = changes.map((c) => c.code);
      const taken = await this.repo.findByCodes(changedCodes, ids);
      throw duplicateCodes(storedClashes(finalCodes, taken));
    }
  }
}

function changeOf(id: number, dto: UpdateCertificateDto): CertificateChange {
  return { id, code: dto.code ?? null, is_active: dto.is_active ?? null, value: dto.value ?? null };
}

interface Clash extends ErrorDetail {
  index: number;
}

/** Every item whose code another item of the batch has too (each occurrence is named). */
export function duplicatesInBatch(codes: (string | null)[]): Clash[] {
  const at = new Map<string, number[]>();
  codes.forEach((code, i) => {
    if (code === null) return;
    const list = at.get(code);
    if (list) list.push(i);
    else at.set(code, [i]);
  });
  const out: Clash[] = [];
  for (const [code, indexes] of at) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      out.push({
        index,
        field: 'code',
        code,
        reason: `the batch has this code more than once (indexes ${indexes.join(', ')})`,
      });
    }
  }
  return out;
}

/** Every item whose code a stored certificate (outside the batch) already has. */
export function storedClashes(codes: (string | null)[], taken: { id: number; code: string }[]): Clash[] {
  const owner = new Map(taken.map((t) => [t.code, t.id]));
  const out: Clash[] = [];
  codes.forEach((code, index) => {
    if (code === null) return;
    const id = owner.get(code);
    if (id !== undefined) {
      out.push({ index, field: 'code', code, reason: `certificate ${id} already has this code` });
    }
  });
  return out;
}

function duplicateCodes(clashes: Clash[]): DuplicateCode {
  if (clashes.length === 0) {
    return new DuplicateCode('a concurrent request took one of these codes meanwhile; nothing was written');
  }
  const sorted = [...clashes].sort((a, b) => a.index - b.index);
  const names = [...new Set(sorted.map((c) => c.code))];
  const shown = names.slice(0, 20).map((c) => JSON.stringify(c));
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  return new DuplicateCode(
    `duplicate codes, nothing was written: ${shown.join(', ')}${more} (${sorted.length} items)`,
    sorted,
  );
}

function unknownIds(unknown: { index: number; id: number }[]): CertificateNotFound {
  const shown = unknown.slice(0, 20).map((u) => u.id);
  const more = unknown.length > shown.length ? ` and ${unknown.length - shown.length} more` : '';
  return new CertificateNotFound(
    `no certificates with ids ${shown.join(', ')}${more}; nothing was changed`,
    unknown.map(({ index, id }) => ({ index, field: 'id', reason: `no certificate with id ${id}` })),
  );
}

function assertDistinctIds(items: { id: number }[]): void {
  const at = new Map<number, number[]>();
  items.forEach((item, i) => {
    const list = at.get(item.id);
    if (list) list.push(i);
    else at.set(item.id, [i]);
  });
  const details: ErrorDetail[] = [];
  for (const [id, indexes] of at) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      details.push({
        index,
        field: 'id',
        reason: `id ${id} appears more than once in the batch (indexes ${indexes.join(', ')})`,
      });
    }
  }
  if (details.length) {
    details.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    throw new ValidationFailed('the batch names an id more than once; send each certificate once', details);
  }
}
