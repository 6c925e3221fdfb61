import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (name: string) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be > 0`);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be 0–65535')
    .max(65535, 'PORT must be 0–65535')
    .default(4000),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'MONGODB_URI must start with mongodb:// or mongodb+srv://')
    .optional(),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'MONGODB_DB must be 1–63 letters, digits, _ or -')
    .default('concord'),
  CONCORD_DATA_DIR: z.string().min(1).default('.concord'),
  CONCORD_ENGINE_HEAP_MB: positiveInt('CONCORD_ENGINE_HEAP_MB').min(128, 'CONCORD_ENGINE_HEAP_MB must be ≥ 128').optional(),
  CONCORD_ENGINE_CACHE_MB: positiveInt('CONCORD_ENGINE_CACHE_MB').optional(),
  CONCORD_ENGINE_CACHE: z.string().min(1).optional(),
  JAVA_HOME: z.string().min(1).optional(),
  CONCORD_SEED_SAMPLE: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONCORD_INTROSPECTION: booleanFlag.optional(),
  CONCORD_IDE: booleanFlag.optional(),
  CONCORD_MAX_BODY_BYTES: positiveInt('CONCORD_MAX_BODY_BYTES').default(1_048_576),
  CONCORD_RATE_LIMIT_PER_MINUTE: positiveInt('CONCORD_RATE_LIMIT_PER_MINUTE').default(600),
  CONCORD_MAX_PAGE_SIZE: positiveInt('CONCORD_MAX_PAGE_SIZE').default(500),
  CONCORD_MAX_DEPTH: positiveInt('CONCORD_MAX_DEPTH').default(10),
  CONCORD_MAX_COST: positiveInt('CONCORD_MAX_COST').default(50_000),
  CONCORD_MAX_ALIASES: positiveInt('CONCORD_MAX_ALIASES').default(30),
  CONCORD_MAX_TOKENS: positiveInt('CONCORD_MAX_TOKENS').default(5000),
  CONCORD_PROGRESS_SECONDS: z.coerce.number({ error: 'CONCORD_PROGRESS_SECONDS must be a number' }).min(0, 'CONCORD_PROGRESS_SECONDS must be ≥ 0').default(10),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** Set: use this MongoDB as is. Unset: start (or join) the embedded engine in dataDir. */
  readonly mongoUri: string | undefined;
  readonly dbName: string;
  readonly dataDir: string;
  /** The embedded engine's settings (unused when mongoUri is set). */
  readonly engine: EngineSettings;
  readonly seedSample: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly introspection: boolean;
  readonly ide: boolean;
  readonly maxBodyBytes: number;
  readonly rateLimitPerMinute: number;
  readonly maxPageSize: number;
  readonly maxDepth: number;
  readonly maxCost: number;
  /** Aliased fields per operation (graphql-armor). */
  readonly maxAliases: number;
  /** Lexical tokens per document, enforced while parsing. */
  readonly maxTokens: number;
  /** CLI imports without a terminal: at most one progress line per file every this many ms. */
  readonly progressIntervalMs: number;
}

export interface EngineSettings {
  /** Java heap in MB; undefined: the engine's default, sized for about 100k activities. */
  readonly heapMb: number | undefined;
  /** H2 page cache in MB, inside the heap. */
  readonly cacheMb: number | undefined;
  /** Where the engine's jars and compiled launcher are cached; undefined: ~/.cache/concord. */
  readonly cacheDir: string | undefined;
  /** A Java installation to use instead of `java` on PATH. */
  readonly javaHome: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; the only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    mongoUri: e.MONGODB_URI,
    dbName: e.MONGODB_DB,
    dataDir: path.resolve(e.CONCORD_DATA_DIR),
    engine: Object.freeze({
      heapMb: e.CONCORD_ENGINE_HEAP_MB,
      cacheMb: e.CONCORD_ENGINE_CACHE_MB,
      cacheDir: e.CONCORD_ENGINE_CACHE ? path.resolve(e.CONCORD_ENGINE_CACHE) : undefined,
      javaHome: e.JAVA_HOME,
    }),
    seedSample: e.CONCORD_SEED_SAMPLE,
    logLevel: e.LOG_LEVEL,
    introspection: e.CONCORD_INTROSPECTION ?? !production,
    ide: e.CONCORD_IDE ?? !production,
    maxBodyBytes: e.CONCORD_MAX_BODY_BYTES,
    rateLimitPerMinute: e.CONCORD_RATE_LIMIT_PER_MINUTE,
    maxPageSize: e.CONCORD_MAX_PAGE_SIZE,
    maxDepth: e.CONCORD_MAX_DEPTH,
    maxCost: e.CONCORD_MAX_COST,
    maxAliases: e.CONCORD_MAX_ALIASES,
    maxTokens: e.CONCORD_MAX_TOKENS,
    progressIntervalMs: e.CONCORD_PROGRESS_SECONDS * 1000,
  });
}

/** Empty strings count as unset, as shells and compose files often produce them. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
