import { useId, useState } from 'react';
import { advice, graphql } from '../api/client';
import { CREATE_MEETING, MEETINGS } from '../api/queries';
import { useQuery } from '../api/use-query';
import { Busy, Empty, ErrorNote, Loading, Problems } from '../components/status';
import { todayIso } from '../components/words';
import { readFilters } from '../state/filters';
import { useVocabulary } from '../state/options';
import { follow, href, navigate, useLocation } from '../state/route';
import { Field } from '../components/field';

const selectedValues = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

/** Creates a meeting: title, date, scope (countries, themes, period) and participants; prefilled from the URL. */
function CreateMeetingForm() {
  const { search } = useLocation();
  const prefill = readFilters(search);
  const { options, countryName, orgName } = useVocabulary();
  const id = useId();
  const [title, setTitle] = useState(prefill.country.length === 1 ? `${countryName(prefill.country[0]!)} coordination meeting` : '');
  const [date, setDate] = useState(todayIso());
  const [countries, setCountries] = useState<string[]>(prefill.country);
  const [themes, setThemes] = useState<string[]>(prefill.theme);
  const [orgs, setOrgs] = useState<string[]>([]);
  const [from, setFrom] = useState(prefill.from);
  const [to, setTo] = useState(prefill.to);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const allCountries = [...(options?.countries.edges.map((e) => e.node.code) ?? [])].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const allOrgs = [...(options?.organisations.edges.map((e) => e.node.ref) ?? [])].sort((a, b) => orgName(a).localeCompare(orgName(b)));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    try {
      const input = { title, date, countries, themes, organisations: orgs, period: from || to ? { from: from || null, to: to || null } : null };
      const r = (await graphql(CREATE_MEETING, { input })).createMeeting;
      if (r.__typename === 'ValidationFailed') setProblems(r.fieldErrors.map((f) => `${f.field}: ${f.message}`));
      else navigate(href(`/meetings/${r.meeting.id}`));
    } catch (err) {
      setProblems([`${err instanceof Error ? err.message : String(err)} ${advice(err)}`]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="meeting-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>New meeting</h2>
      <fieldset disabled={busy}>
        <div className="grid-2">
          <Field label="Title">
            {(id) => (
              <input id={id} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
            )}
          </Field>
          <Field label="Date">
            {(id) => (
              <input id={id} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            )}
          </Field>
          <Field label="Countries in scope" hint="Ctrl or ⌘ to choose several; none: all">
            {(id) => (
              <select id={id} multiple size={6} value={countries} onChange={(e) => setCountries(selectedValues(e.target))}>
                {allCountries.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)} ({c})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Participating organisations" hint="Ctrl or ⌘ to choose several">
            {(id) => (
              <select id={id} multiple size={6} value={orgs} onChange={(e) => setOrgs(selectedValues(e.target))}>
                {allOrgs.map((o) => (
                  <option key={o} value={o}>
                    {orgName(o)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="themes">
          <legend>Themes in scope (none: all)</legend>
          {(options?.themes ?? []).map((t) => (
            <label key={t.id} className="check">
              <input type="checkbox" checked={themes.includes(t.id)} onChange={(e) => setThemes(e.target.checked ? [...themes, t.id] : themes.filter((x) => x !== t.id))} />
              {t.label}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          <Field label="Period examined from" hint="optional">
            {(id) => (
              <input id={id} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            )}
          </Field>
          <Field label="to" hint="optional; gaps default to today">
            {(id) => (
              <input id={id} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            )}
          </Field>
        </div>
        <button type="submit">{busy ? 'Creating…' : 'Create meeting'}</button>
      </fieldset>
      <Problems outcome="The meeting was not created" problems={problems} />
    </form>
  );
}

/** Meetings, latest first, and the form to create one (for editors). */
export function MeetingsPage() {
  const { countryName, canRunMeetings, loading: vocabularyLoading } = useVocabulary();
  const { data, error, loading, reload } = useQuery(MEETINGS, {});
  return (
    <>
      <h1>Coordination meetings</h1>
      {canRunMeetings ? (
        <CreateMeetingForm />
      ) : (
        !vocabularyLoading && <Empty>To create a meeting and record decisions, enter an OHCHR editor or admin API key under “API key” at the top of the page.</Empty>
      )}
      <section aria-labelledby="meetings-h">
        <h2 id="meetings-h">Meetings</h2>
        <Busy active={loading && data !== null} />
        {error !== null && error !== undefined && <ErrorNote error={error} retry={reload} what="the meetings" />}
        {!data && loading && <Loading what="meetings" />}
        {data && data.meetings.totalCount === 0 && <Empty>No meeting yet. {canRunMeetings ? 'Create the first one above.' : 'An editor creates them.'}</Empty>}
        {data && data.meetings.totalCount > 0 && (
          <table className="compact">
            <caption className="visually-hidden">Meetings, latest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Meeting</th>
                <th scope="col">Countries</th>
                <th scope="col" className="num">
                  Decisions
                </th>
              </tr>
            </thead>
            <tbody>
              {data.meetings.edges.map(({ node: m }) => (
                <tr key={m.id}>
                  <td>{m.date}</td>
                  <td>
                    <a href={href(`/meetings/${m.id}`)} onClick={follow}>
                      {m.title}
                    </a>
                  </td>
                  <td>{m.countries.map(countryName).join(', ') || 'All'}</td>
                  <td className="num">{m.decisions.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
