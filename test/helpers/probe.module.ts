import { Body, Controller, Injectable, Module, Post } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { Database, TenantContext } from '../../libs/data/src';
import { Conflict } from '../../libs/http/src';

export class ProbeDto {
  @IsString() note: string;
  @IsOptional() @IsInt() @Min(0) sleep_ms?: number;
  @IsOptional() refuse?: boolean;
}

/** Writes one row per call into a scratch table, so tests can see whether work was done again. */
@Injectable()
class ProbeService {
  constructor(private readonly db: Database) {}

  async write(dto: ProbeDto): Promise<{ id: number; note: string }> {
    if (dto.sleep_ms) await new Promise((r) => setTimeout(r, dto.sleep_ms));
    if (dto.refuse) throw new Conflict(`refused ${dto.note}`, 'probe_refused');
    const [row] = await this.db.query(
      `INSERT INTO test_probe_writes (organization_id, note) VALUES ($1, $2) RETURNING id, note`,
      [TenantContext.organizationId(), dto.note],
    );
    return row;
  }
}

@Controller('test-probe')
class ProbeController {
  constructor(private readonly probe: ProbeService) {}

  @Post()
  write(@Body() dto: ProbeDto) {
    return this.probe.write(dto);
  }
}

@Module({ controllers: [ProbeController], providers: [ProbeService] })
export class ProbeModule {}

export const PROBE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS test_probe_writes (
  id serial PRIMARY KEY, organization_id uuid NOT NULL, note text NOT NULL)`;
