import { z } from 'zod';
import { AppError } from '../plan/appError';

const csv = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/**
 * Open connections one address may hold when no proxy is trusted in front, or requests one
 * forwarded client may have in flight behind one (H265): far above a browser's 6 or a clinic's
 * NAT of Web Chat pages, far below the thousands one stranger could hold (H223).
 */
export const defaultMaxConnectionsPerAddress = 256;

const optionalText = z
  .string()
  .default('')
  .transform((value) => value.trim());

const encryptionKey = optionalText.refine(
  (value) => value === '' || Buffer.from(value, 'base64').length === 32,
  'must be 32 bytes, base64-encoded (try: openssl rand -base64 32)',
);

const flag = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .default('on')
  .transform((value) => value === 'on' || value === 'true' || value === '1');

/** The environment variables Careprep reads, with their defaults. Names follow DESIGN.md. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  CAREPREP_DB: z.string().min(1).default('data/careprep.sqlite'),
  CAREPREP_DATABASE_URL: optionalText.refine(
    (value) => value === '' || (/^postgres(ql)?:\/\//.test(value) && URL.canParse(value)),
    'must be a postgres:// URL (postgres://user:password@host:5432/database), or unset for sqlite',
  ),
  CAREPREP_PUBLIC_URL: z.url().default('http://localhost:3978'),
  CAREPREP_ENCRYPTION_KEY: encryptionKey,
  CAREPREP_ENCRYPTION_KEY_OLD: encryptionKey,
  CAREPREP_IDENTITY_KEY: encryptionKey,
  CAREPREP_STAFF_AAD_IDS: csv,
  CAREPREP_STAFF_TENANT_IDS: csv,
  CAREPREP_API_KEYS: csv,
  CAREPREP_DIRECTLINE: flag,
  CAREPREP_DIRECTLINE_MAX_CONVERSATIONS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  CAREPREP_DIRECTLINE_NEW_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(30),
  CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_NETWORK: z.coerce.number().int().min(1).max(1_000_000).default(120),
  CAREPREP_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  CAREPREP_MAX_CONNECTIONS_PER_ADDRESS: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(0).max(100_000).optional(),
  ),
  CAREPREP_RESUME_AFTER_MINUTES: z.coerce.number().int().min(1).max(10080).default(60),
  CAREPREP_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  CAREPREP_EMPTY_RECORD_HOURS: z.coerce.number().int().min(1).max(87600).default(1),
  CAREPREP_RESULT_TARGETS: optionalText,
  CAREPREP_STATE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CAREPREP_SMS_SEEN_AFTER_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  CAREPREP_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  TWILIO_ACCOUNT_SID: optionalText,
  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_FROM: optionalText,
  TWILIO_API_URL: z.url().default('https://api.twilio.com'),
});

/** Validated configuration, as the rest of the service sees it. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** Address to bind: loopback only unless Bot Framework auth is on. */
  host: string;
  dbPath: string;
  /** A PostgreSQL URL: when set, the data lives there (any number of instances) and not in `dbPath`. */
  databaseUrl?: string;
  publicUrl: string;
  encryptionKey: Buffer | null;
  /** During a key rotation: the key rows not yet re-sealed were written with (read, never written). */
  previousEncryptionKey: Buffer | null;
  /** Keys stored identities (HMAC); when unset, one is derived from `encryptionKey`. */
  identityKey: Buffer | null;
  staffAadIds: readonly string[];
  staffTenantIds: readonly string[];
  apiKeys: readonly string[];
  directLineEnabled: boolean;
  /** What strangers may make the built-in Direct Line hold: open conversations, new ones a minute. */
  directLineLimits: {
    maxConversations: number;
    newPerMinute: number;
    newPerMinutePerAddress: number;
    newPerMinutePerNetwork: number;
  };
  /** Reverse proxies in front of the service whose `X-Forwarded-For` entry names the client. */
  trustedProxyHops: number;
  /** Open connections one remote address may hold; behind a proxy, requests one client has in flight (0: no cap). */
  maxConnectionsPerAddress: number;
  resumeAfterMinutes: number;
  retentionDays: number;
  /** Records with nothing in them are purged after this many hours untouched. */
  emptyRecordHours: number;
  /** Conversation state (the dialog stack) is cleared after this many days untouched. */
  stateDays: number;
  /**
   * The least time after a text's replies go out that an answer to them can come back (they must
   * reach the phone and be read first): a text sooner was sent before they were seen (H479).
   */
  smsSeenAfterMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** A YAML file of this service's result targets, in place of the usual ones; none when unset. */
  resultTargetsPath?: string;
  botAuth: {
    appId: string;
    appPassword: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId: string;
  };
  twilio: { accountSid: string; authToken: string; from: string; apiUrl: string };
}

/**
 * Reads the configuration from an environment, failing fast with a message that names every
 * bad variable. A production service with no Bot Framework app id would accept unauthenticated
 * requests from anywhere, so that combination is refused outright.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new AppError('config_invalid', `Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.MicrosoftAppId === '') {
    throw new AppError(
      'config_invalid',
      'Invalid configuration: MicrosoftAppId: required when NODE_ENV=production (auth would be off)',
    );
  }
  if (e.CAREPREP_ENCRYPTION_KEY_OLD !== '') rotationRules(e);
  const authOn = e.MicrosoftAppId !== '';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: authOn ? e.HOST || '0.0.0.0' : '127.0.0.1',
    dbPath: e.CAREPREP_DB,
    databaseUrl: e.CAREPREP_DATABASE_URL || undefined,
    publicUrl: e.CAREPREP_PUBLIC_URL.replace(/\/+$/, ''),
    encryptionKey: e.CAREPREP_ENCRYPTION_KEY ? Buffer.from(e.CAREPREP_ENCRYPTION_KEY, 'base64') : null,
    previousEncryptionKey: e.CAREPREP_ENCRYPTION_KEY_OLD ? Buffer.from(e.CAREPREP_ENCRYPTION_KEY_OLD, 'base64') : null,
    identityKey: e.CAREPREP_IDENTITY_KEY ? Buffer.from(e.CAREPREP_IDENTITY_KEY, 'base64') : null,
    staffAadIds: e.CAREPREP_STAFF_AAD_IDS,
    staffTenantIds: e.CAREPREP_STAFF_TENANT_IDS,
    apiKeys: e.CAREPREP_API_KEYS,
    directLineEnabled: e.CAREPREP_DIRECTLINE,
    directLineLimits: {
      maxConversations: e.CAREPREP_DIRECTLINE_MAX_CONVERSATIONS,
      newPerMinute: e.CAREPREP_DIRECTLINE_NEW_PER_MINUTE,
      newPerMinutePerAddress: e.CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS,
      newPerMinutePerNetwork: e.CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_NETWORK,
    },
    trustedProxyHops: e.CAREPREP_TRUSTED_PROXY_HOPS,
    maxConnectionsPerAddress: e.CAREPREP_MAX_CONNECTIONS_PER_ADDRESS ?? defaultMaxConnectionsPerAddress,
    resumeAfterMinutes: e.CAREPREP_RESUME_AFTER_MINUTES,
    retentionDays: e.CAREPREP_RETENTION_DAYS,
    emptyRecordHours: e.CAREPREP_EMPTY_RECORD_HOURS,
    stateDays: e.CAREPREP_STATE_DAYS,
    smsSeenAfterMs: e.CAREPREP_SMS_SEEN_AFTER_MS,
    logLevel: e.CAREPREP_LOG_LEVEL,
    resultTargetsPath: e.CAREPREP_RESULT_TARGETS || undefined,
    botAuth: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    twilio: {
      accountSid: e.TWILIO_ACCOUNT_SID,
      authToken: e.TWILIO_AUTH_TOKEN,
      from: e.TWILIO_FROM,
      apiUrl: e.TWILIO_API_URL.replace(/\/+$/, ''),
    },
  };
}

/**
 * A rotation needs a new key to write with, different from the old one, and an identity secret
 * that does not change with it: unset, `CAREPREP_IDENTITY_KEY` is derived from the encryption key,
 * so rotating would split every person from their record.
 */
function rotationRules(e: z.infer<typeof envSchema>): void {
  const refuse = (reason: string): never => {
    throw new AppError('config_invalid', `Invalid configuration: CAREPREP_ENCRYPTION_KEY_OLD: ${reason}`);
  };
  if (e.CAREPREP_ENCRYPTION_KEY === '') refuse('set, but CAREPREP_ENCRYPTION_KEY (the new key) is not');
  if (Buffer.from(e.CAREPREP_ENCRYPTION_KEY, 'base64').equals(Buffer.from(e.CAREPREP_ENCRYPTION_KEY_OLD, 'base64')))
    refuse('the same key as CAREPREP_ENCRYPTION_KEY: the new key must differ');
  if (e.CAREPREP_IDENTITY_KEY === '')
    refuse(
      'set, but CAREPREP_IDENTITY_KEY is not: set it first (to the secret identities are keyed with now), as it is otherwise derived from the encryption key',
    );
}
