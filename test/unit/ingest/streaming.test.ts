import { readFileSync } from 'node:fs';
import { readIatiActivities } from '../../../src/ingest/iati';
import { dportalFiles } from './support/paths';
import { collect, readXml } from './support/read-all';

describe('streaming', () => {
  it('gives the same items whatever the chunk size, multi-byte characters split included', async () => {
    const bytes = readFileSync(dportalFiles.undp);
    const whole = await collect(readXml(bytes, 'undp.xml', bytes.length));
    const tiny = await collect(readXml(bytes, 'undp.xml', 7));
    expect(tiny).toEqual(whole);
  });

  it('yields an activity before the rest of the file has arrived', async () => {
    const bytes = readFileSync(dportalFiles.undp);
    const firstEnd = bytes.indexOf('</iati-activity>') + '</iati-activity>'.length;
    let delivered = 0;
    async function* source(): AsyncGenerator<Buffer> {
      delivered = firstEnd;
      yield bytes.subarray(0, firstEnd);
      delivered = bytes.length;
      yield bytes.subarray(firstEnd);
    }
    const items = readIatiActivities(source(), { file: 'undp.xml' });
    await items.next();
    expect(delivered).toBe(firstEnd);
    await items.return(undefined);
  });

  it('reads a UTF-8 byte-order mark', async () => {
    const xml = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<iati-activities version="2.03"/>')]);
    expect(await collect(readXml(xml))).toEqual([]);
  });
});
