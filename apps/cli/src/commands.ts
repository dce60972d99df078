import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataModule, resolveDatabase, runMigrations } from '@app/data';
import { ValidationFailed } from '@app/http';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { loadConfig } from '../../api/src/config/app-config';
import { CreateOrganizationDto } from '../../api/src/organizations/dto/organization.dto';
import { CreateLegacyTokenDto, CreateTokenDto } from '../../api/src/organizations/dto/token.dto';
import { OrganizationsModule } from '../../api/src/organizations/organizations.module';
import { OrganizationsService } from '../../api/src/organizations/organizations.service';

type Flags = Record<string, string | boolean | undefined>;

function dto<T extends object>(cls: new () => T, plain: object): T {
  const value = plainToInstance(cls, plain);
  const errors = validateSync(value, { whitelist: true });
  if (errors.length) {
    throw new ValidationFailed(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '));
  }
  return value;
}

function need(flags: Flags, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || !v) throw new Error(`--${name} is required`);
  return v;
}

/** Runs one admin command against the database directly and answers what to print. */
export async function runCommand(group: string, action: string, flags: Flags): Promise<unknown> {
  const config = loadConfig();
  const database = await resolveDatabase(config.DATABASE_URL, config.DATA_DIR, () => undefined, true);
  try {
    await runMigrations(database.url);
    if (group === 'migration' && action === 'run') return { migrated: true };

    @Module({ imports: [DataModule.forRoot(database.url, { max: 2 }), OrganizationsModule] })
    class CliModule {}
    const ctx = await NestFactory.createApplicationContext(CliModule, { logger: false });
    try {
      const orgs = ctx.get(OrganizationsService);
      switch (`${group} ${action}`) {
        case 'org create': {
          const operator = flags['operator-id'] ? Number(flags['operator-id']) : undefined;
          const org = await orgs.create(
            dto(CreateOrganizationDto, { name: need(flags, 'name'), operator_id: operator }),
          );
          const token = await orgs.createToken(org.id, dto(CreateTokenDto, { name: 'first token' }));
          return { organization: org, token: { id: token.id, token: token.token, note: 'shown only once' } };
        }
        case 'org list':
          return orgs.list(0, 1000);
        case 'token create':
          return orgs.createToken(
            need(flags, 'org'),
            dto(CreateTokenDto, { name: need(flags, 'name'), expires_at: flags['expires-at'] }),
          );
        case 'token list':
          return orgs.listTokens(need(flags, 'org'));
        case 'token revoke':
          return orgs.revokeToken(need(flags, 'org'), need(flags, 'token-id'));
        case 'legacy-token create':
          return orgs.createLegacyToken(
            need(flags, 'org'),
            dto(CreateLegacyTokenDto, { token: flags.token ? Number(flags.token) : undefined }),
          );
        default:
          throw new Error(`unknown command "${group} ${action}" (see --help)`);
      }
    } finally {
      await ctx.close();
    }
  } finally {
    await database.embedded?.stop();
  }
}
