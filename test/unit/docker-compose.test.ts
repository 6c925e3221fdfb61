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
    expect(compose.services.mongo?.healthcheck).toBeDefined();
    const volume = compose.services.mongo?.volumes?.[0]?.split(':')[0];
    expect(Object.keys(compose.volumes)).toContain(volume);
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
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/NODE_ENV=production/);
  });
});
