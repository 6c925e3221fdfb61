#!/usr/bin/env node
// Fetches the embedded engine's pinned jars (tools/engine/jars.json) into the engine cache and
// verifies each one's SHA-256. Run by `npm install` (postinstall) and, lazily, by the first start
// of the embedded engine. Plain CommonJS with no dependencies: it runs before the build.
//
// Sources, in order: a jar already in the cache; the local Maven repository (~/.m2); Maven's own
// client (`mvn`), which honours the user's Maven settings and mirrors; the repository named by
// CONCORD_MAVEN_REPOSITORY (a Maven Central URL or mirror), fetched over HTTPS.
//
// Usage: node tools/engine/fetch-jars.js [--optional] [--quiet]
//   --optional  never fail the install: print what to do and exit 0 (MONGODB_URI users need no jars)
//   --quiet     print only problems
// Prints the jar folder on stdout when every jar is in place.
'use strict';

const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const manifest = require('./jars.json');

const args = new Set(process.argv.slice(2));
const optional = args.has('--optional');
const quiet = args.has('--quiet');

function cacheRoot() {
  return process.env.CONCORD_ENGINE_CACHE || path.join(os.homedir(), '.cache', 'concord');
}

function jarDir() {
  return path.join(cacheRoot(), 'engine-jars');
}

function parse(coordinates) {
  const [group, artifact, version] = coordinates.split(':');
  return { group, artifact, version, file: `${artifact}-${version}.jar` };
}

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function valid(file, expected) {
  try {
    return sha256(file) === expected;
  } catch {
    return false;
  }
}

function info(message) {
  if (!quiet) process.stderr.write(`engine jars: ${message}\n`);
}

/** Moves a candidate into the cache when its checksum matches; true when it did. */
function adopt(candidate, jar, target) {
  if (!fs.existsSync(candidate)) return false;
  if (!valid(candidate, jar.sha256)) {
    info(`${path.basename(candidate)}: checksum mismatch, ignored`);
    return false;
  }
  const partial = `${target}.${process.pid}.partial`;
  fs.copyFileSync(candidate, partial);
  fs.renameSync(partial, target);
  return true;
}

function fromLocalMavenRepository(missing, dir) {
  const repo = path.join(os.homedir(), '.m2', 'repository');
  return missing.filter((jar) => {
    const c = parse(jar.coordinates);
    const candidate = path.join(repo, ...c.group.split('.'), c.artifact, c.version, c.file);
    return !adopt(candidate, jar, path.join(dir, c.file));
  });
}

function hasMaven() {
  try {
    execFileSync('mvn', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function fromMaven(missing, dir) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-engine-jars-'));
  const dependencies = missing
    .map((jar) => {
      const c = parse(jar.coordinates);
      return `<dependency><groupId>${c.group}</groupId><artifactId>${c.artifact}</artifactId><version>${c.version}</version></dependency>`;
    })
    .join('\n    ');
  fs.writeFileSync(
    path.join(work, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.concord</groupId><artifactId>engine-jars</artifactId><version>1</version>
  <dependencies>
    ${dependencies}
  </dependencies>
</project>
`,
  );
  try {
    info(`asking Maven for ${missing.length} jar(s)…`);
    execFileSync(
      'mvn',
      ['-q', '-B', 'dependency:copy-dependencies', '-DexcludeTransitive=true', `-DoutputDirectory=${path.join(work, 'jars')}`],
      { cwd: work, stdio: quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'], timeout: 600_000 },
    );
  } catch (err) {
    info(`Maven could not fetch them (${err.message.split('\n')[0]})`);
  }
  const left = missing.filter((jar) => {
    const c = parse(jar.coordinates);
    return !adopt(path.join(work, 'jars', c.file), jar, path.join(dir, c.file));
  });
  fs.rmSync(work, { recursive: true, force: true });
  return left;
}

async function fromRepository(missing, dir, base) {
  const left = [];
  for (const jar of missing) {
    const c = parse(jar.coordinates);
    const url = `${base.replace(/\/+$/, '')}/${c.group.split('.').join('/')}/${c.artifact}/${c.version}/${c.file}`;
    const partial = path.join(dir, `${c.file}.${process.pid}.download`);
    try {
      info(`downloading ${c.file}`);
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      fs.writeFileSync(partial, Buffer.from(await response.arrayBuffer()));
      if (!adopt(partial, jar, path.join(dir, c.file))) left.push(jar);
    } catch (err) {
      info(`${c.file}: ${err.message}`);
      left.push(jar);
    } finally {
      fs.rmSync(partial, { force: true });
    }
  }
  return left;
}

async function main() {
  const dir = jarDir();
  fs.mkdirSync(dir, { recursive: true });
  let missing = manifest.jars.filter((jar) => !valid(path.join(dir, parse(jar.coordinates).file), jar.sha256));
  if (missing.length > 0) missing = fromLocalMavenRepository(missing, dir);
  if (missing.length > 0 && hasMaven()) missing = fromMaven(missing, dir);
  const repository = process.env.CONCORD_MAVEN_REPOSITORY;
  if (missing.length > 0 && repository) missing = await fromRepository(missing, dir, repository);

  if (missing.length > 0) {
    const names = missing.map((jar) => jar.coordinates).join(', ');
    process.stderr.write(
      `engine jars: could not fetch ${names}. Install Maven (e.g. \`apt-get install maven\`) or set ` +
        'CONCORD_MAVEN_REPOSITORY to a Maven Central URL, then run `node tools/engine/fetch-jars.js`; ' +
        'or set MONGODB_URI to use a MongoDB server instead of the embedded engine.\n',
    );
    process.exit(optional ? 0 : 1);
  }
  info(`${manifest.jars.length} jars verified in ${dir}`);
  process.stdout.write(`${dir}\n`);
}

main().catch((err) => {
  process.stderr.write(`engine jars: ${err.message}\n`);
  process.exit(optional ? 0 : 1);
});
