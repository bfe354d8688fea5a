import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const normalized = String(value).trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  return value; // left as a string so @IsBoolean reports it
};
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

/**
 * The whole runtime configuration of the API, read from environment variables once at boot
 * and validated. Nothing else in the API reads process.env. Every variable is documented in
 * the README's configuration table.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** postgres://user:password@host:port/database */
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Use TLS to PostgreSQL (managed databases usually require it). */
  @Transform(toBool)
  @IsBoolean()
  DATABASE_SSL = false;

  @Matches(/^https?:\/\/.+/, { message: 'MEILI_URL must be an http:// or https:// URL' })
  MEILI_URL!: string;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  MEILI_MASTER_KEY?: string;

  /** Prefix of every index name, so several environments (or test runs) can share one server. */
  @Matches(/^[a-zA-Z0-9_-]*$/, { message: 'MEILI_INDEX_PREFIX may contain letters, digits, - and _ only' })
  MEILI_INDEX_PREFIX = '';

  /** The first platform admin, created (or kept) at start when both are set. */
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  /** Secret that signs access tokens (HS256); at least 32 characters. `npm start` generates one into .data/. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  /** Lifetime of an access token, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** Lifetime of a refresh token (the sign-in cookie), in days. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** Send the sign-in cookie with the Secure flag (HTTPS only). Defaults to true in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** Public address of the portal, used in invitation and password links. Defaults to http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+$/, {
    message: 'PUBLIC_URL must be an origin such as https://scenebridge.example.gov.cn (no trailing slash or path)',
  })
  PUBLIC_URL?: string;

  /** How long invitation and password-setup links stay valid, in hours. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  LINK_TTL_HOURS = 72;

  /** Failed sign-ins for one account within the window before it is locked. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES = 5;

  /** Failed sign-ins from one IP address within the window before it is locked. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES_PER_IP = 30;

  /** Length of the failure window and of a lock, in minutes. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_LOCK_MINUTES = 15;

  /** Base delay after a failed sign-in, doubled with each further failure (capped at 4 s). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(4_000)
  SIGN_IN_SLOWDOWN_MS = 250;

  /** Run the search-sync worker in this process (safe in every replica). */
  @Transform(toBool)
  @IsBoolean()
  OUTBOX_WORKER = true;

  /** How often an idle search-sync worker looks at the outbox, in milliseconds. */
  @Type(() => Number)
  @IsInt()
  @Min(20)
  @Max(60_000)
  OUTBOX_POLL_MS = 250;

  /** Run timed jobs in this process (closing scenarios at their deadline; safe in every replica). */
  @Transform(toBool)
  @IsBoolean()
  SCHEDULER = true;

  /**
   * Browser tests only (refused unless NODE_ENV=test): a file holding a clock offset in
   * milliseconds, so a test can move the running server past a deadline.
   */
  @IsOptional()
  @IsString()
  TEST_CLOCK_FILE?: string;

  /** Enterprises whose match score for a newly published scenario reaches this (0–1) are alerted. */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  MATCH_ALERT_THRESHOLD = 0.6;

  /** SMTP server for e-mail, e.g. smtps://user:password@smtp.example.com:465; unset writes mails to MAIL_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of every e-mail. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'SceneBridge <no-reply@scenebridge.local>';

  /** Without SMTP_URL, mails are written here as .eml files (empty: only logged). */
  @IsString()
  MAIL_DIR = '';

  /** Hour of the day (0–23, in DIGEST_TIME_ZONE) at which daily digests are sent. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR = 8;

  /** Time zone of the daily digest hour (IANA name). */
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/, { message: 'DIGEST_TIME_ZONE must be an IANA time zone such as Asia/Shanghai' })
  DIGEST_TIME_ZONE = 'Asia/Shanghai';

  /** Folder for uploaded files (local-disk storage). */
  @IsString()
  UPLOAD_DIR = 'uploads';

  /** Largest accepted upload, in MiB. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  MAX_UPLOAD_MB = 20;

  /** Run pending migrations at start (under a lock, so several replicas may start at once). */
  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  /** Load the demo data set when the database holds no organisations yet. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_DATA = false;

  /** Password of every demo account created by the demo data. */
  @IsString()
  @MinLength(10)
  DEMO_PASSWORD = 'SceneBridge-Demo-2026';

  /** Folder of the built web app to serve on the same origin; empty serves the API only. */
  @IsString()
  WEB_DIST_DIR = '';

  /** Origins allowed to call the API from a browser; empty means CORS is off. */
  @Transform(toList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /**
   * Requests per minute per client across all routes: a signed-in person, or else a client
   * address (IPv6 by /64). Counted in each API process.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 1200;

  /** Requests per minute per client to sign-in, registration, password links and invitations, on top of the general limit. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  STRICT_RATE_LIMIT_PER_MINUTE = 30;

  /** Number of proxy hops to trust for the client IP (X-Forwarded-For); 0 behind no proxy. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  TRUST_PROXY_HOPS = 0;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** json for machines (production), pretty for people (local start). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** Largest JSON body accepted, e.g. 1mb. */
  @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  @MaxLength(10)
  BODY_LIMIT = '1mb';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get secureCookies(): boolean {
    return this.COOKIE_SECURE ?? this.isProduction;
  }

  get publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'JWT_SECRET',
    'COOKIE_SECURE',
    'PUBLIC_URL',
    'SMTP_URL',
    'TEST_CLOCK_FILE',
  ]) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (!problems.some((p) => p.startsWith('DIGEST_TIME_ZONE')) && !validTimeZone(config.DIGEST_TIME_ZONE)) {
    problems.push(`DIGEST_TIME_ZONE: unknown time zone "${config.DIGEST_TIME_ZONE}"`);
  }
  if (config.TEST_CLOCK_FILE && config.NODE_ENV !== 'test') problems.push('TEST_CLOCK_FILE is for tests only (NODE_ENV=test)');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
