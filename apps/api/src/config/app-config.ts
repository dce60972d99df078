import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** Injection token of the validated {@link AppConfig}. */
export const APP_CONFIG = 'APP_CONFIG';

/** The environment, validated at boot; a bad value stops the service with a clear line. */
export class AppConfig {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR = './.data';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters' })
  ADMIN_TOKEN?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Failed authentications or look-ups per minute and client before 429. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  THROTTLE_LIMIT = 20;

  /** Default request body limit in bytes (1 MiB). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT = 1024 * 1024;

  /** Body limit of bulk routes in bytes (32 MiB). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BULK_BODY_LIMIT = 32 * 1024 * 1024;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_SIZE = 20;

  /** `production` keeps notification payloads (one-time codes) out of the logs. */
  @IsOptional()
  @IsString()
  NODE_ENV = 'development';

  /** How often the notification outbox is polled, in milliseconds; 0 stops the worker. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  OUTBOX_POLL_MS = 1000;

  /** How often the card jobs run (ending temporary blocks, old identification codes); 0 stops them. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  CARD_JOBS_MS = 60_000;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((c) => `${e.property}: ${c}`));
    throw new Error(`invalid configuration: ${lines.join('; ')}`);
  }
  return config;
}
