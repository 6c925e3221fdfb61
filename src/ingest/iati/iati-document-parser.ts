import { SaxesParser, type SaxesTagPlain, type XMLDecl } from 'saxes';
import type { IatiElement } from './iati-element';
import { IatiFileError, type IatiFileErrorCode } from './iati-file-error';
import { ACTIVITY_CHILDREN_READ, type NormalisedActivity, normaliseActivity } from './normalise-activity';

/** One activity read from a file: normalised, or skipped with its reason. */
export type ActivityOutcome = NormalisedActivity & {
  /** Line of the `<iati-activity>` start tag. */
  line: number;
  /** IATI version: d-portal's `iati-activities:version` on the activity, else the root `@version`. */
  iatiVersion: string | null;
};

const DOCTYPE = /<!DOCTYPE/i;
/** Characters held back while looking for "<!DOCTYPE" across chunk boundaries. */
const DOCTYPE_LOOKBEHIND = '<!DOCTYPE'.length - 1;
const ENCODINGS_READ: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
/**
 * Longest text, attribute value or comment read, in characters: the XML parser holds one whole
 * before reporting it, so a longer one (a file of one endless line) is refused as it streams in.
 */
export const MAX_VALUE_CHARS = 16 * 1024 * 1024;

/**
 * Push parser for one IATI activity file: text goes in with `write`, finished activities come
 * out of `takeOutcomes`. Holds at most one activity's element tree (children the reducer does
 * not read are never built). Every problem with the file is thrown as an IatiFileError from
 * `write` or `close`; after a throw the instance must be dropped.
 *
 * A DOCTYPE is refused as soon as "<!DOCTYPE" is seen in the prolog, before the parser reads
 * its content, so no entity is ever declared (no XXE, no entity-expansion bomb).
 */
export class IatiDocumentParser {
  private readonly sax = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly outcomes: ActivityOutcome[] = [];
  /** Open elements of the activity being read; empty outside activities. */
  private readonly open: IatiElement[] = [];
  private depth = 0;
  /** Depth of the element whose subtree is being dropped; 0 when none. */
  private droppingFrom = 0;
  private tagLine = 1;
  private rootSeen = false;
  private prologTail = '';
  private rootVersion: string | null = null;
  private rootLang: string | null = null;
  /** Characters written since the XML parser last reported something (what it may be holding). */
  private charsSinceEvent = 0;

  constructor(private readonly file: string) {
    const seen = () => (this.charsSinceEvent = 0);
    this.sax.on('xmldecl', (decl) => this.onXmlDecl(decl));
    this.sax.on('doctype', () => this.fail('DOCTYPE_REFUSED', 'DOCTYPE declarations are refused'));
    this.sax.on('opentagstart', () => ((this.tagLine = this.sax.line), seen()));
    this.sax.on('opentag', (tag) => (seen(), this.onOpenTag(tag)));
    this.sax.on('closetag', () => (seen(), this.onCloseTag()));
    this.sax.on('text', (text) => (seen(), this.onText(text)));
    this.sax.on('cdata', (text) => (seen(), this.onText(text)));
    this.sax.on('comment', seen);
    this.sax.on('processinginstruction', seen);
    this.sax.on('error', (error) => this.onSaxError(error));
  }

  write(text: string): void {
    this.charsSinceEvent += text.length;
    if (this.charsSinceEvent > MAX_VALUE_CHARS) {
      this.fail('VALUE_TOO_LONG', `a text, attribute value or comment longer than ${MAX_VALUE_CHARS / 1024 / 1024} MB (no IATI activity needs one)`);
    }
    if (this.rootSeen) {
      const pending = this.prologTail + text;
      this.prologTail = '';
      this.sax.write(pending);
      return;
    }
    this.writeProlog(this.prologTail + text);
  }

  /** Ends the document; throws NOT_WELL_FORMED when it is incomplete. */
  close(): void {
    this.sax.write(this.prologTail);
    this.prologTail = '';
    this.sax.close();
  }

  /** Refuses the file at the current position: the bytes that follow are not UTF-8. */
  failNotUtf8(): never {
    this.fail('UNSUPPORTED_ENCODING', 'bytes that are not UTF-8 (text saved in another encoding, or a binary or compressed file)');
  }

  /** The activities finished since the last call, in document order. */
  takeOutcomes(): ActivityOutcome[] {
    return this.outcomes.splice(0, this.outcomes.length);
  }

  private writeProlog(pending: string): void {
    const doctypeAt = pending.search(DOCTYPE);
    if (doctypeAt >= 0) {
      this.sax.write(pending.slice(0, doctypeAt));
      this.fail('DOCTYPE_REFUSED', 'DOCTYPE declarations are refused', 1);
    }
    let cut = Math.max(0, pending.length - DOCTYPE_LOOKBEHIND);
    if (cut > 0 && isLowSurrogate(pending.charCodeAt(cut))) cut--;
    this.prologTail = pending.slice(cut);
    this.sax.write(pending.slice(0, cut));
    if (this.rootSeen) this.write('');
  }

  private onXmlDecl(decl: XMLDecl): void {
    const encoding = decl.encoding?.toLowerCase();
    if (encoding !== undefined && !ENCODINGS_READ.has(encoding)) {
      this.fail('UNSUPPORTED_ENCODING', `encoding "${decl.encoding}" is not supported (UTF-8 only)`);
    }
  }

  private onOpenTag(tag: SaxesTagPlain): void {
    this.depth++;
    if (this.depth === 1) return this.onRoot(tag);
    if (this.droppingFrom > 0) return;
    const parent = this.open[this.open.length - 1];
    const starts = parent === undefined && this.depth === 2 && tag.name === 'iati-activity';
    const kept = starts || (parent !== undefined && (this.open.length > 1 || ACTIVITY_CHILDREN_READ.has(tag.name)));
    if (!kept) {
      this.droppingFrom = this.depth;
      return;
    }
    const element: IatiElement = { name: tag.name, attrs: tag.attributes, text: '', line: this.tagLine, children: [] };
    parent?.children.push(element);
    this.open.push(element);
  }

  private onRoot(tag: SaxesTagPlain): void {
    if (tag.name !== 'iati-activities') {
      this.fail('NOT_IATI', `root element is <${tag.name}>, expected <iati-activities>`);
    }
    this.rootSeen = true;
    this.rootVersion = tag.attributes['version']?.trim() || null;
    this.rootLang = tag.attributes['xml:lang'] ?? null;
  }

  private onCloseTag(): void {
    if (this.droppingFrom > 0) {
      if (this.depth === this.droppingFrom) this.droppingFrom = 0;
    } else if (this.open.length > 0) {
      const element = this.open.pop() as IatiElement;
      if (this.open.length === 0) this.finishActivity(element);
    }
    this.depth--;
  }

  private onText(text: string): void {
    const element = this.droppingFrom === 0 ? this.open[this.open.length - 1] : undefined;
    if (element !== undefined) element.text += text;
  }

  private finishActivity(activity: IatiElement): void {
    const outcome = normaliseActivity(activity, { rootLang: this.rootLang });
    const iatiVersion = activity.attrs['iati-activities:version']?.trim() || this.rootVersion;
    this.outcomes.push({ ...outcome, line: activity.line, iatiVersion });
  }

  private onSaxError(error: Error): never {
    const reason = error.message.replace(/^\d+:\d+: /, '');
    const code: IatiFileErrorCode = /doctype/i.test(reason) ? 'DOCTYPE_REFUSED' : 'NOT_WELL_FORMED';
    this.fail(code, code === 'DOCTYPE_REFUSED' ? 'DOCTYPE declarations are refused' : `not well-formed XML: ${reason}`);
  }

  /** Throws at the parser's position; `columnShift` 1 when the parser stopped just before the culprit. */
  private fail(code: IatiFileErrorCode, reason: string, columnShift = 0): never {
    throw new IatiFileError(code, this.file, this.sax.line, Math.max(1, this.sax.column + columnShift), reason);
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
