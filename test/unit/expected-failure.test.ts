import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { DatabaseUnavailableError } from '../../src/db/database';
import { expectedFailure } from '../../src/expected-failure';

/** The error Node gives when listening on `port` at `host` fails. */
function listenError(port: number, host: string): Promise<Error> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', resolve);
    server.listen(port, host, () => server.close(() => resolve(new Error('listened'))));
  });
}

describe('expectedFailure', () => {
  let taken: Server;
  let port: number;

  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('names PORT when the port is taken', async () => {
    expect(expectedFailure(await listenError(port, '127.0.0.1'))).toEqual({
      exitCode: 2,
      message: `port ${port} on 127.0.0.1 is already in use: stop the process that holds it, or set PORT to a free port (PORT=0 picks one)`,
    });
  });

  it('names HOST when the address cannot be used', async () => {
    expect(expectedFailure(await listenError(0, 'no-such-host.invalid'))).toMatchObject({ exitCode: 2, message: expect.stringContaining('set HOST') });
    expect(expectedFailure(await listenError(0, '192.0.2.1'))).toMatchObject({ exitCode: 2, message: expect.stringContaining('set HOST') });
  });

  it('gives configuration problems exit code 2', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc' });
    } catch (err) {
      error = err;
    }
    expect(expectedFailure(error)).toEqual({ exitCode: 2, message: expect.stringContaining('PORT must be a number') });
  });

  it('gives an unreachable database exit code 3', () => {
    expect(expectedFailure(new DatabaseUnavailableError('cannot reach MongoDB at db:27017 (MONGODB_URI)'))).toEqual({ exitCode: 3, message: 'cannot reach MongoDB at db:27017 (MONGODB_URI)' });
    const lost = Object.assign(new Error('connection 3 to 127.0.0.1:27017 closed'), { name: 'MongoNetworkError' });
    expect(expectedFailure(lost)).toEqual({ exitCode: 3, message: 'the database stopped answering (connection 3 to 127.0.0.1:27017 closed)' });
    const wrapped = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { name: 'DriverException', cause: lost });
    expect(expectedFailure(wrapped)).toEqual({ exitCode: 3, message: 'the database stopped answering (connection 3 to 127.0.0.1:27017 closed)' });
  });

  it('leaves anything else to be reported as a bug', () => {
    expect(expectedFailure(new TypeError('x is undefined'))).toBeNull();
    expect(expectedFailure('a string')).toBeNull();
  });
});
