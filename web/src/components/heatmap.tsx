import { legendSteps, quantityScale } from './palette';

export interface HeatmapCell {
  themeId: string;
  organisation: string;
  activityCount: number;
}

/**
 * Coverage as a theme × organisation table: each cell the number of activities, tinted by it.
 * A real table (headers, caption), so it reads cell by cell with a screen reader; the number is
 * always printed, the colour only repeats it.
 */
export function Heatmap({ cells, themeLabel, orgName, caption }: { cells: HeatmapCell[]; themeLabel: (id: string) => string; orgName: (ref: string) => string; caption: string }) {
  const themes = [...new Set(cells.map((c) => c.themeId))].sort((a, b) => themeLabel(a).localeCompare(themeLabel(b)));
  const orgs = [...new Set(cells.map((c) => c.organisation))].sort((a, b) => orgName(a).localeCompare(orgName(b)));
  const at = new Map(cells.map((c) => [`${c.themeId}|${c.organisation}`, c.activityCount]));
  const max = Math.max(0, ...cells.map((c) => c.activityCount));
  const colour = quantityScale(max);
  return (
    <div className="heatmap">
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {orgs.map((o) => (
                <th scope="col" key={o} title={o}>
                  {orgName(o)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((t) => (
              <tr key={t}>
                <th scope="row">{themeLabel(t)}</th>
                {orgs.map((o) => {
                  const n = at.get(`${t}|${o}`) ?? 0;
                  const c = colour(n);
                  return (
                    <td key={o} className={`heat heat-${c.step + 1}`}>
                      {n > 0 ? n : <span aria-label="none">·</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="legend" aria-label="Legend: activities per cell">
        {legendSteps(max).map((s) => (
          <li key={s.from}>
            <span className={`chip heat-${s.step + 1}`} aria-hidden="true" />
            {s.from === s.to ? s.from : `${s.from}–${s.to}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
