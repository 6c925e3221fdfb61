import type { Filters } from '../state/filters';
import { useVocabulary } from '../state/options';
import { Field } from './field';

/**
 * The filters of the overview and the country page. Each control is labelled and changes the URL
 * at once, so the view can be shared by copying the address.
 */
export function FilterBar({ filters, onChange, hideCountry = false }: { filters: Filters; onChange: (next: Filters) => void; hideCountry?: boolean }) {
  const { options, countryName, orgName } = useVocabulary();
  const countries = [...(options?.countries.edges.map((e) => e.node.code) ?? [])].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const orgs = [...(options?.organisations.edges.map((e) => e.node.ref) ?? [])].sort((a, b) => orgName(a).localeCompare(orgName(b)));
  const themes = [...(options?.themes ?? [])].sort((a, b) => a.label.localeCompare(b.label));
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const one = (value: string) => (value ? [value] : []);
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {!hideCountry && (
        <Field label="Country">
          {(id) => (
            <select id={id} value={filters.country[0] ?? ''} onChange={(e) => set({ country: one(e.target.value) })}>
              <option value="">All countries</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)} ({c})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Region">
        {(id) => (
          <select id={id} value={filters.region[0] ?? ''} onChange={(e) => set({ region: one(e.target.value) })}>
            <option value="">All regions</option>
            {(options?.regions ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {r.name ?? r.code}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Theme">
        {(id) => (
          <select id={id} value={filters.theme[0] ?? ''} onChange={(e) => set({ theme: one(e.target.value) })}>
            <option value="">All themes</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Organisation">
        {(id) => (
          <select id={id} value={filters.org[0] ?? ''} onChange={(e) => set({ org: one(e.target.value) })}>
            <option value="">All organisations</option>
            {orgs.map((o) => (
              <option key={o} value={o}>
                {orgName(o)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="From">
        {(id) => (
          <input id={id} type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        )}
      </Field>
      <Field label="To">
        {(id) => (
          <input id={id} type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
        )}
      </Field>
      <button type="button" className="secondary" onClick={() => onChange({ country: hideCountry ? filters.country : [], region: [], theme: [], org: [], from: '', to: '' })}>
        Clear filters
      </button>
    </form>
  );
}
