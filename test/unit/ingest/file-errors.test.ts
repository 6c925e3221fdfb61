import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IatiFileError, readIatiFile, scanIatiFile } from '../../../src/ingest/iati';
import { dportalFiles, iatiFixtures, organisationExample } from './support/paths';
import { outcome, readXml } from './support/read-all';

describe('a truncated copy of a real file', () => {
  let dir: string;
  let truncated: string;
  let expectedLine: number;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'concord-iati-'));
    truncated = path.join(dir, 'denmark-truncated.xml');
    const bytes = readFileSync(dportalFiles.denmark).subarray(0, 700_000);
    writeFileSync(truncated, bytes);
    expectedLine = bytes.toString('utf8').split('\n').length;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused as NOT_WELL_FORMED by the validation pass', async () => {
    await expect(scanIatiFile(truncated)).rejects.toMatchObject({ name: 'IatiFileError', code: 'NOT_WELL_FORMED' });
  });

  it('is refused at the line and column where the file ends, named in the message', async () => {
    const { error } = await outcome(readIatiFile(truncated));
    expect(error).toBeInstanceOf(IatiFileError);
    const fileError = error as IatiFileError;
    expect([fileError.file, fileError.line, fileError.column > 0]).toEqual(['denmark-truncated.xml', expectedLine, true]);
    expect(fileError.message).toContain(`denmark-truncated.xml:${expectedLine}:${fileError.column}`);
  });
});

describe('DOCTYPE refusal', () => {
  // No activity comes out of a refused file; the refusal itself is what keeps entities unexpanded.
  it.each([['billion-laughs.xml'], ['external-entity.xml']])('refuses %s with DOCTYPE_REFUSED at line 2, emitting no activity', async (name) => {
    const { yielded, error } = await outcome(readIatiFile(path.join(iatiFixtures, name)));
    expect(error).toMatchObject({ code: 'DOCTYPE_REFUSED', line: 2, file: name });
    expect(yielded).toEqual([]);
  });

  it('refuses a DOCTYPE split across chunks', async () => {
    const xml = readFileSync(path.join(iatiFixtures, 'external-entity.xml'));
    const { yielded, error } = await outcome(readXml(xml, 'split.xml', 3));
    expect([yielded.length, (error as IatiFileError).code]).toEqual([0, 'DOCTYPE_REFUSED']);
  });

  it('never reads an external entity: its file\'s content is in no activity and no error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-xxe-'));
    try {
      const marker = `secret-${process.pid}-${Date.now()}`;
      const secret = path.join(dir, 'secret.txt');
      writeFileSync(secret, marker);
      const xml = path.join(dir, 'xxe.xml');
      writeFileSync(
        xml,
        `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE iati-activities [ <!ENTITY xxe SYSTEM "file://${secret}"> ]>\n` +
          '<iati-activities version="2.03"><iati-activity><iati-identifier>XM-XXE-1</iati-identifier><reporting-org ref="XM-XXE" type="40"/>' +
          '<title><narrative>&xxe;</narrative></title></iati-activity></iati-activities>',
      );
      const { yielded, error } = await outcome(readIatiFile(xml));
      expect({ code: (error as IatiFileError).code, line: (error as IatiFileError).line, activities: yielded.length }).toEqual({ code: 'DOCTYPE_REFUSED', line: 2, activities: 0 });
      expect(`${(error as Error).message} ${JSON.stringify(yielded)}`).not.toContain(marker);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('documents that are not IATI activity files', () => {
  it('refuses an IATI organisation file as NOT_IATI', async () => {
    const { error } = await outcome(readIatiFile(organisationExample));
    expect(error).toMatchObject({ code: 'NOT_IATI', message: expect.stringContaining('<iati-organisations>') });
  });

  it('refuses mismatched tags as NOT_WELL_FORMED at their line', async () => {
    const { error } = await outcome(readXml('<iati-activities>\n <iati-activity>\n </title>\n</iati-activities>'));
    expect(error).toMatchObject({ code: 'NOT_WELL_FORMED', line: 3 });
  });

  it('refuses an undeclared entity as NOT_WELL_FORMED', async () => {
    const { error } = await outcome(readXml('<iati-activities><iati-activity>&nbsp;</iati-activity></iati-activities>'));
    expect(error).toMatchObject({ code: 'NOT_WELL_FORMED' });
  });

  it('refuses an encoding other than UTF-8', async () => {
    const { error } = await outcome(readXml('<?xml version="1.0" encoding="ISO-8859-1"?><iati-activities/>'));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_ENCODING' });
  });

  it('refuses an empty file as NOT_WELL_FORMED', async () => {
    const { error } = await outcome(readXml(''));
    expect(error).toMatchObject({ code: 'NOT_WELL_FORMED', line: 1 });
  });
});
