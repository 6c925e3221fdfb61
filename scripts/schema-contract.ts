/**
 * The schema contract: which changes between two printed schemas would break the dashboards and
 * clients that use the API, as @graphql-inspector/core classifies them, and which of those the
 * changelog accepts. A breaking change is accepted only when docs/changelog.md lists its schema
 * coordinate under "Accepted breaking changes", and a field or enum value may only be removed
 * once it was deprecated (deprecate first, remove later).
 */
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface ContractVerdict {
  /** Breaking changes neither listed in the changelog nor removals of deprecated elements. */
  refused: { change: Change; why: string }[];
  /** Breaking changes the changelog accepts. */
  accepted: Change[];
  /** Changes that may break some clients (e.g. a new enum value); reported, not refused. */
  dangerous: Change[];
  /** Everything else. */
  safe: Change[];
}

const ACCEPTED_HEADING = /^##\s+Accepted breaking changes\s*$/i;

/** The schema coordinates listed as "- `Coordinate` …" under the changelog's "Accepted breaking changes" heading. */
export function acceptedCoordinates(changelog: string): Set<string> {
  const accepted = new Set<string>();
  let inSection = false;
  for (const line of changelog.split('\n')) {
    if (/^##\s/.test(line)) inSection = ACCEPTED_HEADING.test(line);
    else if (inSection) {
      const m = /^\s*[-*]\s+`([^`]+)`/.exec(line);
      if (m) accepted.add(m[1].trim());
    }
  }
  return accepted;
}

/** A removal of an element that was not deprecated first; null for any other change. */
function removedWithoutDeprecation(change: Change): string | null {
  const meta = change.meta as Record<string, unknown>;
  if (change.type === 'FIELD_REMOVED' && meta.isRemovedFieldDeprecated === false) return 'it was not deprecated first';
  if (change.type === 'ENUM_VALUE_REMOVED' && meta.isEnumValueDeprecated === false) return 'it was not deprecated first';
  return null;
}

/** Compares the committed contract `before` with `after` (both SDL) under the changelog's acceptances. */
export async function checkContract(before: string, after: string, changelog: string): Promise<ContractVerdict> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const listed = acceptedCoordinates(changelog);
  const verdict: ContractVerdict = { refused: [], accepted: [], dangerous: [], safe: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Dangerous) verdict.dangerous.push(change);
    else if (change.criticality.level !== CriticalityLevel.Breaking) verdict.safe.push(change);
    else {
      const coordinate = change.path ?? '';
      const undeprecated = removedWithoutDeprecation(change);
      if (!listed.has(coordinate)) verdict.refused.push({ change, why: `\`${coordinate}\` is not listed under "Accepted breaking changes" in docs/changelog.md` });
      else if (undeprecated) verdict.refused.push({ change, why: `${undeprecated}: mark it @deprecated in one release, remove it in a later one` });
      else verdict.accepted.push(change);
    }
  }
  return verdict;
}
