/**
 * Relay global object identification: a record's `id` is base64url("<Type>:<key>"), where the key
 * is the record's own Concord key (an activity's, a meeting's, …; an organisation's identifier).
 * Keys are kept when a file is imported again, so global ids are too. Pure: no ORM, no graphql.
 */

/** The types that implement `Node`, with what their key is. */
export const NODE_TYPES = [
  'Activity',
  'Organisation',
  'Recommendation',
  'ImportRun',
  'AuditEntry',
  'Meeting',
  'CoordinationDecision',
  'Overlap',
  'OverlapDecision',
  'OverlapCluster',
  'Gap',
  'FieldOperation',
  'Presence',
  'Expert',
  'Institution',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

const isNodeType = (name: string): name is NodeType => (NODE_TYPES as readonly string[]).includes(name);

export interface GlobalIdParts {
  type: NodeType;
  key: string;
}

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The type and key of a global id, or null when `id` is not one (a legacy key, or anything else).
 * Legacy keys (24 hex digits, `ovl_…`, `gap_…`) never decode to "<NodeType>:…".
 */
export function fromGlobalId(id: string): GlobalIdParts | null {
  if (!BASE64URL.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const type = text.slice(0, colon);
  const key = text.slice(colon + 1);
  if (!isNodeType(type) || key === '' || toGlobalId(type, key) !== id) return null;
  return { type, key };
}

/** The record key behind an id argument: the key of a global id, or the value itself (a legacy key). */
export function keyOfId(id: string): string {
  return fromGlobalId(id)?.key ?? id;
}
