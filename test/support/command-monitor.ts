import type { MikroORM } from '@mikro-orm/mongodb';
import type { CommandStartedEvent } from 'mongodb';

/** A database command as the driver sent it: its name and the collection it addressed. */
export interface SentCommand {
  name: string;
  collection: string | null;
}

/**
 * Records the commands MikroORM's MongoClient sends (the client is opened with
 * `monitorCommands: true`, see src/db/orm.ts) while `run` executes. Only meaningful when
 * nothing else uses the client meanwhile: one request at a time, as in a test file.
 */
export async function recordCommands(orm: MikroORM, run: () => Promise<unknown>): Promise<SentCommand[]> {
  const client = orm.em.getDriver().getConnection().getClient();
  const sent: SentCommand[] = [];
  const listener = (event: CommandStartedEvent) => {
    const target = event.command[event.commandName];
    sent.push({ name: event.commandName, collection: typeof target === 'string' ? target : null });
  };
  client.on('commandStarted', listener);
  try {
    await run();
  } finally {
    client.off('commandStarted', listener);
  }
  return sent;
}
