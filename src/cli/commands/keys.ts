import { z } from 'zod';
import type { ApiKey } from '../../auth/api-key.entity';
import { ApiKeyInputError, ApiKeyService, ROLES } from '../../auth/api-key.service';
import type { Role } from '../../viewer';
import { EXIT, UsageError } from '../exit-codes';
import { table } from '../progress';
import { withDatabase } from '../session';

export interface KeysArgs {
  sub: string | undefined;
  rest: string[];
  role?: string;
  org?: string;
  label?: string;
  json: boolean;
}

const createArgs = z.object({
  role: z.enum(ROLES as [Role, ...Role[]], { error: `--role must be one of ${ROLES.join(', ')}` }),
  org: z.string().trim().min(1).optional(),
  label: z.string().trim().max(200, '--label must be at most 200 characters').optional(),
});

const USAGE = 'usage: concord keys create --role LIAISON|OHCHR_EDITOR|ADMIN [--org XM-DAC-…] [--label text] | keys list | keys revoke <id>';

/** `concord keys create|list|revoke`: API keys; the key itself is printed once, at creation. */
export async function keys(args: KeysArgs): Promise<number> {
  switch (args.sub) {
    case 'create':
      return create(args);
    case 'list':
      return list(args.json);
    case 'revoke':
      if (args.rest.length !== 1) throw new UsageError('usage: concord keys revoke <id>');
      return revoke(args.rest[0]!, args.json);
    default:
      throw new UsageError(USAGE);
  }
}

async function create(args: KeysArgs): Promise<number> {
  const parsed = createArgs.safeParse({ role: args.role, org: args.org, label: args.label });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  const { role, org, label } = parsed.data;
  const { key, record } = await withDatabase(async ({ database }) => {
    try {
      return await new ApiKeyService(database.orm.em.fork()).create({ role, organisationRef: org, label });
    } catch (err) {
      if (err instanceof ApiKeyInputError) throw new UsageError(err.message);
      throw err;
    }
  });
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...describe(record), key }, null, 2)}\n`);
  } else {
    process.stderr.write(`created ${record.role} key ${record.keyId}${record.organisationRef ? ` for ${record.organisationRef}` : ''}; store it now, Concord keeps only its hash:\n`);
    process.stdout.write(`${key}\n`);
  }
  return EXIT.OK;
}

async function list(json: boolean): Promise<number> {
  const records = await withDatabase(({ database }) => new ApiKeyService(database.orm.em.fork()).list());
  if (json) {
    process.stdout.write(`${JSON.stringify(records.map(describe), null, 2)}\n`);
    return EXIT.OK;
  }
  const rows = records.map((k) => [k.keyId, k.role, k.organisationRef ?? '', k.label ?? '', k.createdAt.toISOString(), k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active']);
  process.stdout.write(`${table(['id', 'role', 'organisation', 'label', 'created', 'state'], rows)}\n`);
  return EXIT.OK;
}

async function revoke(keyId: string, json: boolean): Promise<number> {
  const record = await withDatabase(({ database }) => new ApiKeyService(database.orm.em.fork()).revoke(keyId));
  if (!record) {
    process.stderr.write(`concord: no API key has the id "${keyId}" (see \`concord keys list\`)\n`);
    return EXIT.INPUT_REFUSED;
  }
  process.stdout.write(json ? `${JSON.stringify(describe(record), null, 2)}\n` : `revoked ${record.keyId}\n`);
  return EXIT.OK;
}

/** What may be shown about a key: never its hash. */
function describe(k: ApiKey) {
  return { id: k.keyId, role: k.role, organisationRef: k.organisationRef, label: k.label, createdAt: k.createdAt.toISOString(), revokedAt: k.revokedAt?.toISOString() ?? null };
}
