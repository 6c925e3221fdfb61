import { renderMarkdown } from '../../../src/modules/report/render/markdown';
import { sampleModel, withFirstActivityTitle } from '../../fixtures/report/sample-model';

const md = renderMarkdown(sampleModel);
/** From a level-2 heading to the next one. */
function section(heading: string): string {
  const start = md.indexOf(`## ${heading}`);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end === -1 ? undefined : end);
}

describe('renderMarkdown', () => {
  it('starts with the title as the only level-1 heading', () => {
    expect(md.split('\n').filter((line) => line.startsWith('# '))).toEqual(["# Overlap report — Kenya, Uganda and Côte d'Ivoire"]);
  });

  it('states filter and generation time under the title', () => {
    expect(md).toContain("Countries: Kenya (KE), Uganda (UG), Côte d'Ivoire (CI) · Period: 2024-01-01 – 2025-12-31 · Generated 2025-03-14 09:30 UTC");
  });

  it('summarises the data-quality problems of the selection, most frequent first', () => {
    expect(md).toContain('### Data quality');
    expect(md).toMatch(/\| Placeholder date \(e\.g\. 1900-01-01\) \| 4 \|\n\| Country shares do not sum to 100 % \| 1 \|/);
  });

  it('has the sections in meeting order', () => {
    const headings = md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Summary', '## Coverage: country × theme', '## Top overlaps', '## Open gaps', '## Decisions recorded']);
  });

  it('counts duplications and complementary overlaps in the summary table', () => {
    expect(section('Summary')).toContain('| Possible duplications | 1 |\n| Complementary | 3 |');
  });

  it('lists overlaps by organisation pair', () => {
    expect(section('Summary')).toContain('| UNDP × OHCHR | 2 |');
  });

  it('writes a heatmap row per country with a column per theme and a dash for empty cells', () => {
    const row = section('Coverage').split('\n').find((line) => line.startsWith('| Uganda (UG)'));
    expect(row).toBe('| Uganda (UG) | — | — | — | 2 act. · 1 org. | 5 act. · 3 org. · 1 overlap | 1 act. · 1 org. | — |');
  });

  it('numbers the top overlaps with score, kind and why', () => {
    expect(section('Top overlaps')).toContain(
      '### 1. UNDP × OHCHR in Kenya on Administration of justice, Prevention of torture and ill-treatment\n\n- **Score:** 82%\n- **Kind:** Possible duplication — Neither organisation',
    );
  });

  it('shows both activities of an overlap with identifier, organisation, period and status', () => {
    expect(section('Top overlaps')).toContain(
      '| XM-DAC-41122-KEN-PCR-2024-03 | Child-friendly justice and diversion \\| county pilots | UNICEF (XM-DAC-41122) | 2024-07-01 – open-ended | Implementation |',
    );
  });

  it('says when no decision is recorded on an overlap', () => {
    expect(section('Top overlaps')).toContain('- **Latest decision:** none recorded');
  });

  it('gives each gap its kind in words, mandated organisations and recommendations', () => {
    expect(section('Open gaps')).toContain(
      '### Kenya · Prevention of torture and ill-treatment — Open recommendations with no activity',
    );
    expect(section('Open gaps')).toContain('| CAT/C/KEN/CO/3 | Committee against Torture | 2022-05-20 | Establish an independent');
  });

  it('keeps a multi-line decision note inside its table cell', () => {
    expect(section('Decisions recorded')).toContain('| UNDP: institutional support<br>OHCHR: accreditation & Paris Principles |');
  });

  it('lists decisions newest first', () => {
    const dates = section('Decisions recorded').match(/^\| (\d{4}-\d\d-\d\d)/gm);
    expect(dates).toEqual(['| 2025-02-20', '| 2025-01-28', '| 2024-11-12', '| 2024-09-03']);
  });

  it('escapes markup in titles', () => {
    expect(renderMarkdown(withFirstActivityTitle('<script>alert(1)</script>'))).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('says so when there is nothing to report', () => {
    const empty = renderMarkdown({ ...sampleModel, topOverlaps: [], gaps: [], decisions: [], heatmap: { countries: [], themes: [], cells: [] } });
    expect(['_No overlaps in this selection._', '_No open gaps in this selection._', '_No decisions recorded yet._', '_No activities in this selection._'].every((s) => empty.includes(s))).toBe(true);
  });
});
