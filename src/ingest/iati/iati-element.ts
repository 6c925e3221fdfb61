/**
 * The light-weight element tree the SAX layer builds for ONE activity at a time, and the
 * accessors the reducer reads it with. Attribute values are kept exactly as written.
 */
export interface IatiElement {
  /** Qualified name as written, e.g. "narrative" (IATI elements carry no prefix). */
  readonly name: string;
  /** Attributes by qualified name as written: "code", "xml:lang", "dstore:index". */
  readonly attrs: Readonly<Record<string, string>>;
  /** Character data directly inside this element (not inside its children), concatenated. */
  text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
  readonly children: IatiElement[];
}

/** Builds an element; handy for tests of the reducer. */
export function iatiElement(
  name: string,
  attrs: Record<string, string> = {},
  children: IatiElement[] = [],
  text = '',
  line = 0,
): IatiElement {
  return { name, attrs, text, line, children };
}

export function childrenNamed(element: IatiElement, name: string): IatiElement[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: IatiElement, name: string): IatiElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The attribute trimmed; null when absent or blank. */
export function attr(element: IatiElement | undefined, name: string): string | null {
  const value = element?.attrs[name]?.trim();
  return value ? value : null;
}

/** The element's own text trimmed; null when absent or blank. */
export function ownText(element: IatiElement | undefined): string | null {
  const value = element?.text.trim();
  return value ? value : null;
}
