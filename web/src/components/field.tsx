import { type ReactNode, useId } from 'react';

/** A labelled control: the label names the control by `for`, so its name is the label text alone. */
export function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hint && <span className="hint"> ({hint})</span>}
      </label>
      {children(id)}
    </div>
  );
}
