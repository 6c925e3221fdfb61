import type { ReactNode } from 'react';
import { advice } from '../api/client';

/** Shown while a query runs: announced politely to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

/** A failed query: what went wrong, what to do, and a retry. */
export function ErrorNote({ error, retry, what }: { error: unknown; retry?: () => void; what: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="note note-error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {message}
      </p>
      <p>{advice(error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Nothing to show: say why and what to do instead. */
export function Empty({ children }: { children: ReactNode }) {
  return <div className="note note-empty">{children}</div>;
}

/** A thin bar at the top of a region while it refreshes with data already on screen. */
export function Busy({ active }: { active: boolean }) {
  return active ? <div className="busy" role="progressbar" aria-label="Updating" /> : null;
}

/** A refused form: one line of what did not happen, then each problem the server named. */
export function Problems({ outcome, problems }: { outcome: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="note note-error" role="alert">
      <p>{outcome}:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
