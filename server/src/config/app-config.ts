import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { compile as compileProxyAddresses } from 'proxy-addr';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Max,
  Min,
  validateSync,
} from 'class-validator';

/** The environment ClaimDesk reads, validated once at start so a typo fails loudly, not deep in a request. */
class Environment {
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @IsString() CLIENT_DIR?: string;
  @IsOptional() @IsString() ADMIN_EMAIL?: string;
  @IsOptional() @IsString() ADMIN_PASSWORD?: string;
  @IsOptional() @Transform(({ value }) => parseBool(value)) @IsBoolean() SEED_DEMO?: boolean;
  @IsOptional() @Transform(({ value }) => parseBool(value)) @IsBoolean() ALLOW_PRIVATE_URLS?: boolean;
  @IsOptional() @Transform(({ value }) => parseBool(value)) @IsBoolean() COOKIE_SECURE?: boolean;
  @IsOptional() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' }) REDIS_URL?: string;
  @IsOptional() @IsString() TRUST_PROXY?: string;
  @IsOptional()
  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, {
    message: 'REDIS_PREFIX must be 1 to 64 letters, digits or : _ . -',
  })
  REDIS_PREFIX?: string;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) MAX_ARTICLE_BYTES?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(0) RATE_LIMIT_PER_MINUTE?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(0) MIN_VERDICT_SOURCES?: number;
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  COMMENT_EDIT_WINDOW_MINUTES?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) SESSION_IDLE_MINUTES?: number;
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(300)
  LIVE_HEARTBEAT_SECONDS?: number;
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_WINDOW_SECONDS?: number;
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT?: number;
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(100) URL_FETCH_TIMEOUT_MS?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) URL_FETCH_MAX_BYTES?: number;
  @IsOptional() @IsString() @MaxLength(200) PUBLISHER_NAME?: string;
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PUBLISHER_URL must be an http(s) URL' })
  PUBLISHER_URL?: string;
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL?: string;
}

function parseBool(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  return value;
}

export type DatabaseKind = 'sqlite' | 'postgres';

/**
 * Typed, validated settings. Also the injection token: services ask for `AppConfig` in their constructor
 * instead of reading process.env.
 */
export abstract class AppConfig {
  abstract readonly port: number;
  abstract readonly host: string;
  abstract readonly version: string;
  abstract readonly dataDir: string;
  abstract readonly database: { kind: DatabaseKind; sqlitePath: string; url: string | null };
  abstract readonly logLevel: string;
  abstract readonly clientDir: string;
  abstract readonly admin: { email: string; password: string | null };
  abstract readonly seedDemo: boolean;
  abstract readonly allowPrivateUrls: boolean;
  abstract readonly cookieSecure: boolean | 'auto';
  /**
   * Which proxies in front of ClaimDesk may set X-Forwarded-For/-Proto (Express's `trust proxy`): a hop
   * count, or the proxies' addresses and subnets. False when ClaimDesk faces clients directly.
   */
  abstract readonly trustProxy: false | number | string[];
  abstract readonly redisUrl: string | null;
  /**
   * Starts every Redis key and channel ClaimDesk uses, so several deployments (or test runs) can share one
   * Redis without hearing each other's events or sharing each other's counters.
   */
  abstract readonly redisPrefix: string;
  abstract readonly maxArticleBytes: number;
  /** API requests per client address per minute; 0 turns the limit off (e.g. for load benchmarks). */
  abstract readonly rateLimitPerMinute: number;
  abstract readonly minVerdictSources: number;
  /** How long after posting the author may still edit or delete a comment. */
  abstract readonly commentEditWindowMinutes: number;
  /**
   * Live-update streams send a keep-alive comment this often (proxies drop silent connections), and check
   * each time that their session still exists, closing the stream once it has ended.
   */
  abstract readonly liveHeartbeatSeconds: number;
  /** Sessions end after this long without a request; failed logins are limited per account and per address. */
  abstract readonly auth: {
    sessionIdleMinutes: number;
    loginWindowSeconds: number;
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerAddress: number;
  };
  /** Imports by URL: the whole fetch (redirects included) must finish within this time and size. */
  abstract readonly urlFetch: { timeoutMs: number; maxBytes: number };
  /**
   * Who publishes the fact-checks (the ClaimReview author) and the public address of this server, which
   * report URLs in exports start with (no trailing slash).
   */
  abstract readonly publisher: { name: string; url: string; publicBaseUrl: string };
}

export class ConfigError extends Error {}

/** One error naming every variable that is wrong, one per line. */
function invalidConfiguration(lines: string[]): ConfigError {
  return new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = plainToInstance(Environment, { ...env }, { excludeExtraneousValues: false });
  const problems = validateSync(parsed, { skipMissingProperties: false, forbidUnknownValues: false });
  if (problems.length > 0) {
    throw invalidConfiguration(
      problems.map((p) => `${p.property}: ${Object.values(p.constraints ?? {}).join(', ')}`),
    );
  }
  const dataDir = resolve(parsed.DATA_DIR ?? 'data');
  const url = parsed.DATABASE_URL ?? null;
  const trustProxy = parseTrustProxy(parsed.TRUST_PROXY);
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    version: packageVersion(),
    dataDir,
    database: { kind: url ? 'postgres' : 'sqlite', sqlitePath: resolve(dataDir, 'claimdesk.sqlite'), url },
    logLevel: parsed.LOG_LEVEL ?? 'info',
    clientDir: resolve(parsed.CLIENT_DIR ?? resolve(__dirname, '../../../client/dist/browser')),
    admin: { email: parsed.ADMIN_EMAIL ?? 'admin@claimdesk.local', password: parsed.ADMIN_PASSWORD ?? null },
    seedDemo: parsed.SEED_DEMO ?? true,
    allowPrivateUrls: parsed.ALLOW_PRIVATE_URLS ?? false,
    cookieSecure: parsed.COOKIE_SECURE ?? 'auto',
    trustProxy,
    redisUrl: parsed.REDIS_URL ?? null,
    redisPrefix: parsed.REDIS_PREFIX ?? 'claimdesk:',
    maxArticleBytes: parsed.MAX_ARTICLE_BYTES ?? 2 * 1024 * 1024,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE ?? 3000,
    minVerdictSources: parsed.MIN_VERDICT_SOURCES ?? 1,
    commentEditWindowMinutes: parsed.COMMENT_EDIT_WINDOW_MINUTES ?? 15,
    liveHeartbeatSeconds: parsed.LIVE_HEARTBEAT_SECONDS ?? 15,
    auth: {
      sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES ?? 12 * 60,
      loginWindowSeconds: parsed.LOGIN_THROTTLE_WINDOW_SECONDS ?? 15 * 60,
      loginMaxFailuresPerAccount: parsed.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5,
      loginMaxFailuresPerAddress: parsed.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 30,
    },
    urlFetch: {
      timeoutMs: parsed.URL_FETCH_TIMEOUT_MS ?? 10_000,
      maxBytes: parsed.URL_FETCH_MAX_BYTES ?? 10 * 1024 * 1024,
    },
    publisher: publisherSettings(
      parsed.PUBLISHER_NAME,
      parsed.PUBLISHER_URL,
      parsed.PUBLIC_BASE_URL,
      parsed.PORT ?? 3000,
    ),
  };
}

/** Express's names for address ranges, as `trust proxy` accepts them. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
/** More hops than a real proxy chain has would trust addresses the client wrote itself. */
const MAX_PROXY_HOPS = 5;
/** Subnets wider than this (a /0 or /1 is "everyone") would make any client a trusted proxy. */
const MIN_PROXY_PREFIX = 8;

/**
 * TRUST_PROXY: unset or 'false' trusts no proxy; a number trusts that many hops; otherwise a comma-separated
 * list of range names, addresses and CIDR subnets. 'true' (trust every hop) is refused: any client could then
 * pick its own address in X-Forwarded-For and step around the per-address login and API limits. The list is
 * compiled here, as Express will compile it, so a value Express would refuse stops the start with its name.
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || /^(false|0|no|off)$/i.test(text)) return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_PROXY_HOPS) {
      throw invalidConfiguration([
        `TRUST_PROXY: ${hops} hops is more than a proxy chain has (at most ${MAX_PROXY_HOPS}); name the proxies' addresses instead`,
      ]);
    }
    return hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isProxyEntry(entry));
  if (invalid.length > 0) {
    throw invalidConfiguration([
      `TRUST_PROXY: ${invalid.map((entry) => `'${entry}'`).join(', ')} is not a hop count, ` +
        `${PROXY_RANGES.join('/')}, an IP address or a CIDR subnet of /${MIN_PROXY_PREFIX} or narrower ` +
        "('true' is refused: it would let any client choose its own address)",
    ]);
  }
  return entries;
}

function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (isIP(address) === 0 || rest.length > 0) return false;
  if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) >= MIN_PROXY_PREFIX)) return false;
  try {
    compileProxyAddresses([entry]);
    return true;
  } catch {
    return false;
  }
}

function publisherSettings(
  name: string | undefined,
  url: string | undefined,
  baseUrl: string | undefined,
  port: number,
) {
  const publicBaseUrl = (baseUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return { name: name?.trim() || 'ClaimDesk', url: url ?? publicBaseUrl, publicBaseUrl };
}

/** src/config and dist/config sit at the same depth, so one relative path serves both. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
