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
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {!hideCountry && (
        <ChoiceField label="Country" all="All countries" value={filters.country} onChange={(country) => set({ country })} choices={countries.map((c) => ({ value: c, label: `${countryName(c)} (${c})` }))} />
      )}
      <ChoiceField label="Region" all="All regions" value={filters.region} onChange={(region) => set({ region })} choices={(options?.regions ?? []).map((r) => ({ value: r.code, label: r.name ?? r.code }))} />
      <ChoiceField label="Theme" all="All themes" value={filters.theme} onChange={(theme) => set({ theme })} choices={themes.map((t) => ({ value: t.id, label: t.label }))} />
      <ChoiceField label="Organisation" all="All organisations" value={filters.org} onChange={(org) => set({ org })} choices={orgs.map((o) => ({ value: o, label: orgName(o) }))} />
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

/** One labelled choice among `choices`, or none ("all"); the filters hold it as a list of at most one value. */
function ChoiceField({ label, all, value, choices, onChange }: { label: string; all: string; value: readonly string[]; choices: { value: string; label: string }[]; onChange: (next: string[]) => void }) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value[0] ?? ''} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
          <option value="">{all}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
