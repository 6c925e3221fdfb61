import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, { image?: string; command?: string[]; build?: unknown; environment?: Record<string, string>; healthcheck?: unknown; depends_on?: Record<string, { condition: string }>; volumes?: string[] }>;
    volumes: Record<string, unknown>;
  };

  it('runs MongoDB 7 with a healthcheck and a named volume', () => {
    expect(compose.services.mongo?.image).toBe('mongo:7');
    const healthcheck = compose.services.mongo?.healthcheck as { test?: string[]; retries?: number } | undefined;
    // A check that asks the server itself (mongosh), and fails the container when it does not answer.
    expect(healthcheck?.test?.slice(0, 2)).toEqual(['CMD', 'mongosh']);
    expect(healthcheck?.retries).toBeGreaterThan(0);
    // The database files live on a named volume: /data/db survives `docker compose down` and a new container.
    const mounts = (compose.services.mongo?.volumes ?? []).map((v) => v.split(':'));
    const data = mounts.find(([, target]) => target === '/data/db');
    expect(data?.[0]).toMatch(/^[a-z][\w-]*$/);
    expect(Object.keys(compose.volumes)).toContain(data?.[0]);
  });

  it('runs MongoDB as a replica set that its healthcheck initiates and waits on a primary for', () => {
    const command = compose.services.mongo?.command ?? [];
    const replSet = command[command.indexOf('--replSet') + 1];
    expect(replSet).toBe('rs0');
    const check = JSON.stringify(compose.services.mongo?.healthcheck);
    expect(check).toContain("rs.initiate({ _id: 'rs0'");
    expect(check).toContain('isWritablePrimary');
  });

  it('builds the gateway and points it at the replica set once healthy', () => {
    expect(compose.services.gateway?.build).toBe('.');
    expect(compose.services.gateway?.environment?.MONGODB_URI).toBe('mongodb://mongo:27017/?replicaSet=rs0');
    expect(compose.services.gateway?.environment?.NODE_ENV).toBe('production');
    expect(compose.services.gateway?.depends_on?.mongo?.condition).toBe('service_healthy');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

  it('is multi-stage and runs as a non-root user in production mode', () => {
    const stages = dockerfile.split(/^(?=FROM )/m).filter((part) => part.startsWith('FROM '));
    expect(stages).toHaveLength(2);
    // What runs is the last stage: it switches to the unprivileged user before its command, in production mode.
    const runtime = stages.at(-1)!;
    const user = runtime.search(/^USER node$/m);
    expect(user).toBeGreaterThan(0);
    expect(runtime.slice(user)).toMatch(/^CMD /m);
    expect(runtime.slice(user)).not.toMatch(/^USER (?!node$)/m);
    expect(runtime).toMatch(/^ENV .*NODE_ENV=production/m);
    expect(runtime).toMatch(/^COPY --from=build /m);
  });
});
