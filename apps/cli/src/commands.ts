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
import { allOrganizations, Flags, firstToken, idFlag, intFlag, need } from './flags';

function dto<T extends object>(cls: new () => T, plain: object): T {
  const value = plainToInstance(cls, plain);
  const errors = validateSync(value, { whitelist: true });
  if (errors.length) {
    throw new ValidationFailed(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '));
  }
  return value;
}

type Run = (orgs: OrganizationsService) => Promise<unknown>;

/** What a command does with the service; its flags are read and checked here, before any database. */
function plan(group: string, action: string, flags: Flags): Run | null {
  switch (`${group} ${action}`) {
    case 'migration run':
      return null;
    case 'org create': {
      const body = dto(CreateOrganizationDto, {
        name: need(flags, 'name'),
        operator_id: intFlag(flags, 'operator-id'),
      });
      return async (orgs) => {
        const org = await orgs.create(body);
        const token = await orgs.createToken(org.id, dto(CreateTokenDto, { name: 'first token' }));
        return firstToken(org, token);
      };
    }
    case 'org list':
      return (orgs) => allOrganizations((offset, limit) => orgs.list(offset, limit));
    case 'token create': {
      const org = idFlag(flags, 'org');
      const body = dto(CreateTokenDto, { name: need(flags, 'name'), expires_at: flags['expires-at'] });
      return (orgs) => orgs.createToken(org, body);
    }
    case 'token list': {
      const org = idFlag(flags, 'org');
      return (orgs) => orgs.listTokens(org);
    }
    case 'token revoke': {
      const [org, id] = [idFlag(flags, 'org'), idFlag(flags, 'token-id')];
      return (orgs) => orgs.revokeToken(org, id);
    }
    case 'legacy-token create': {
      const org = idFlag(flags, 'org');
      const body = dto(CreateLegacyTokenDto, { token: intFlag(flags, 'token') });
      return (orgs) => orgs.createLegacyToken(org, body);
    }
    case 'legacy-token list': {
      const org = idFlag(flags, 'org');
      return (orgs) => orgs.listLegacyTokens(org);
    }
    case 'legacy-token revoke': {
      const [org, id] = [idFlag(flags, 'org'), idFlag(flags, 'token-id')];
      return (orgs) => orgs.revokeLegacyToken(org, id);
    }
    default:
      throw new Error(`unknown command "${group} ${action}" (see --help)`);
  }
}

/** Runs one admin command against the database directly and answers what to print. */
export async function runCommand(group: string, action: string, flags: Flags): Promise<unknown> {
  const run = plan(group, action, flags);
  const config = loadConfig();
  const database = await resolveDatabase(config.DATABASE_URL, config.DATA_DIR, () => undefined, true);
  try {
    await runMigrations(database.url);
    if (!run) return { migrated: true };

    @Module({ imports: [DataModule.forRoot(database.url, { max: 2 }), OrganizationsModule] })
    class CliModule {}
    const ctx = await NestFactory.createApplicationContext(CliModule, { logger: false });
    try {
      // awaited here, so the context (and its pool) closes only once the command is done
      return await run(ctx.get(OrganizationsService));
    } finally {
      await ctx.close();
    }
  } finally {
    await database.embedded?.stop();
  }
}
