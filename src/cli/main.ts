import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { expectedFailure } from '../expected-failure';
import { engine } from './commands/engine';
import { ingest3w } from './commands/ingest-3w';
import { ingestFieldOperations } from './commands/ingest-field-operations';
import { ingestIati } from './commands/ingest-iati';
import { ingestOhchr } from './commands/ingest-ohchr';
import { ingestRecommendations } from './commands/ingest-recommendations';
import { ingestRegister } from './commands/ingest-registers';
import { keys } from './commands/keys';
import { report } from './commands/report';
import { reportRoster } from './commands/report-roster';
import { EXIT, UsageError } from './exit-codes';
import { InputError } from './inputs';
import { cliLogger } from './session';

const USAGE = `Concord command line

usage:
  concord ingest iati <file|folder|glob|URL>... [--source NAME] [--dry-run] [--json]
  concord ingest ohchr <file.csv> [--dry-run] [--json]
  concord ingest recommendations <file.json> [--dry-run] [--json]
  concord ingest experts|institutions <file.csv> [--dry-run] [--json]
  concord ingest 3w <file.csv|file.xlsx>... [--country CC] [--from YYYY-MM-DD --to YYYY-MM-DD] [--dry-run] [--json]
  concord ingest field-operations <file.csv> [--dry-run] [--json]
  concord engine prepare|status
  concord keys create --role LIAISON|OHCHR_EDITOR|ADMIN [--org XM-DAC-…] [--label text] [--json]
  concord keys list [--json]
  concord report overlaps [--country KE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--top N] [--format md|csv|html|xlsx] [--out FILE]
  concord report analytical [--country KE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|csv|html|xlsx] [--out FILE]
  concord report roster --year YYYY [--names] [--format md|csv|html|xlsx] [--out FILE]
  concord keys revoke <id>
  concord help

The database is MONGODB_URI when set, else the embedded engine in CONCORD_DATA_DIR (default ./.concord),
shared with a running gateway. Exit codes: 0 ok, 1 an input was refused, 2 usage or configuration, 3 database,
130 stopped by SIGINT (143 by SIGTERM) at a record boundary: run the same command again to finish.
`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      source: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      label: { type: 'string' },
      country: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      top: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      year: { type: 'string' },
      names: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return EXIT.OK;
  }
  const common = { dryRun: values['dry-run'] ?? false, json: values.json ?? false };
  switch (command) {
    case 'ingest':
      if (rest.length === 0) throw new UsageError(`usage: concord ingest ${sub ?? 'iati|ohchr|recommendations|field-operations'} <input>...`);
      if (sub === 'iati') return ingestIati({ inputs: rest, source: values.source, ...common });
      if (sub === 'ohchr') return ingestOhchr({ inputs: rest, ...common });
      if (sub === 'recommendations') return ingestRecommendations({ inputs: rest, ...common });
      if (sub === 'experts' || sub === 'institutions') return ingestRegister(sub, { inputs: rest, ...common });
      if (sub === '3w') return ingest3w({ inputs: rest, country: values.country, from: values.from, to: values.to, ...common });
      if (sub === 'field-operations') return ingestFieldOperations({ inputs: rest, ...common });
      throw new UsageError(`unknown source "${sub}": use iati, ohchr, recommendations, field-operations, experts or institutions`);
    case 'engine':
      return engine(sub);
    case 'report':
      if (sub === 'roster') return reportRoster({ year: values.year, names: values.names ?? false, format: values.format, out: values.out });
      return report({ sub, countries: values.country ?? [], from: values.from, to: values.to, top: values.top, format: values.format, out: values.out });
    case 'keys':
      return keys({ sub, rest, role: values.role, org: values.org, label: values.label, json: common.json });
    default:
      throw new UsageError(`unknown command "${command}"; see \`concord help\``);
  }
}

/** One line on stderr and the documented code for expected failures; their details go to the debug log. */
function failed(err: unknown): number {
  const e = err as Error & { code?: string };
  const usage = err instanceof UsageError || e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
  const known = usage ? { exitCode: EXIT.USAGE, message: e.message } : err instanceof InputError ? { exitCode: EXIT.INPUT_REFUSED, message: e.message } : expectedFailure(err);
  if (!known) {
    process.stderr.write(`concord: unexpected error: ${e?.stack ?? String(err)}\n`);
    return EXIT.UNEXPECTED;
  }
  cliLogger().debug({ err }, 'command failed');
  process.stderr.write(`concord: ${known.message}\n`);
  return known.exitCode;
}

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err: unknown) => process.exit(failed(err)));
