/**
 * Prints the API's schema to docs/schema.graphql, the committed contract (`npm run schema:print`).
 * With --check, writes nothing and fails when the committed file differs from the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDocument } from '../src/http/schema-document';
import { projectRoot } from '../src/paths';
import { buildSchema } from '../src/schema';

const target = path.join(projectRoot, 'docs', 'schema.graphql');
const printed = schemaDocument(buildSchema());

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing: reported below as out of date
  }
  if (committed !== printed) {
    console.error('docs/schema.graphql is not the schema printed from schema/*.graphql: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('docs/schema.graphql is up to date');
} else {
  writeFileSync(target, printed);
  console.log(`wrote docs/schema.graphql (${printed.length} characters)`);
}
