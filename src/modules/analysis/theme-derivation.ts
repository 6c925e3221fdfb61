import type { ActivityRecord } from '../activity/activity.model';
import { sdgKey, type Taxonomy, type ThemeRef } from './taxonomy';

/** One reason an activity has a theme: which rule (`via`) and how strongly (`weight` in (0, 1]). */
export interface ThemeDerivation {
  themeId: string;
  /** Human-readable rule, e.g. "sector 1:15160 (Human rights) 40%", "sdg-target 16.3". */
  via: string;
  weight: number;
}

/** A theme of an activity with its combined weight in (0, 1]. */
export interface ThemeWeight {
  themeId: string;
  weight: number;
}

export type ThemeSource = Pick<ActivityRecord, 'sectors' | 'sdgGoals' | 'sdgTargets' | 'policyMarkers'>;

export interface DeriveThemesOptions {
  /** Resolves code names for `via` (e.g. codelists' codeName); codes only when absent. */
  nameOf?: (list: 'Sector' | 'SectorCategory' | 'PolicyMarker', code: string) => string | null;
}

const DAC5 = '1';
const DAC3 = '2';
const SDG_GOAL = '7';
const SDG_TARGET = '8';
const DAC_POLICY_MARKERS = '1';

/**
 * Every rule of the taxonomy that gives `activity` a theme, in the order sectors, SDG targets,
 * SDG goals, policy markers. Rules are additive (see data/themes.json):
 * - sector (vocabulary 1): weight = share × rule weight, where share = percentage / 100, and a
 *   missing percentage counts as an equal split among the sectors of that vocabulary; the
 *   sector's 3-digit category rules apply too. Vocabulary 2 codes use the category rules.
 * - SDG targets (tags and sector vocabulary 8) and goals (tags and vocabulary 7): rule weight.
 *   A goal implied by a listed target counts once, like an explicit goal.
 * - policy markers (vocabulary 1 or none): significance weight × rule weight; significances
 *   without a weight (0 not targeted, unknown) give nothing.
 */
export function deriveThemes(activity: ThemeSource, taxonomy: Taxonomy, options: DeriveThemesOptions = {}): ThemeDerivation[] {
  const out: ThemeDerivation[] = [];
  const name = (list: 'Sector' | 'SectorCategory' | 'PolicyMarker', code: string): string => {
    const n = options.nameOf?.(list, code);
    return n ? ` (${n})` : '';
  };
  const emit = (refs: readonly ThemeRef[] | undefined, via: string, factor: number) => {
    if (!refs || !(factor > 0)) return;
    for (const ref of refs) out.push({ themeId: ref.themeId, via, weight: ref.weight * factor });
  };
  const { rules } = taxonomy;

  const dac5 = activity.sectors.filter((s) => s.vocabulary === DAC5);
  const dac3 = activity.sectors.filter((s) => s.vocabulary === DAC3);
  for (const s of dac5) {
    const share = sectorShare(s.percentage, dac5.length);
    const pct = percentText(s.percentage, share);
    emit(rules.sector.get(s.code), `sector 1:${s.code}${name('Sector', s.code)}${pct}`, share);
    const category = s.code.slice(0, 3);
    emit(
      rules.sectorCategory.get(category),
      `sector-category ${category}${name('SectorCategory', category)} from sector 1:${s.code}${pct}`,
      share,
    );
  }
  for (const s of dac3) {
    const share = sectorShare(s.percentage, dac3.length);
    emit(rules.sectorCategory.get(s.code), `sector 2:${s.code}${name('SectorCategory', s.code)}${percentText(s.percentage, share)}`, share);
  }

  const targets = uniqueSorted([...activity.sdgTargets, ...activity.sectors.filter((s) => s.vocabulary === SDG_TARGET).map((s) => s.code)]);
  const goals = uniqueSorted([...activity.sdgGoals, ...activity.sectors.filter((s) => s.vocabulary === SDG_GOAL).map((s) => s.code)]);
  for (const t of targets) emit(rules.sdgTarget.get(t), `sdg-target ${t}`, 1);
  for (const g of goals) emit(rules.sdgGoal.get(g), `sdg-goal ${g}`, 1);
  const implied = new Map<string, string>();
  for (const t of targets) {
    const g = t.split('.')[0] ?? '';
    if (g && !goals.includes(g) && !implied.has(g)) implied.set(g, t);
  }
  for (const [g, t] of implied) emit(rules.sdgGoal.get(g), `sdg-goal ${g} implied by sdg-target ${t}`, 1);

  for (const m of activity.policyMarkers) {
    if (m.vocabulary !== DAC_POLICY_MARKERS && m.vocabulary !== '') continue;
    const factor = m.significance === null ? undefined : taxonomy.significanceWeights.get(m.significance);
    if (factor === undefined) continue;
    emit(rules.policyMarker.get(m.code), `policy-marker ${m.code}${name('PolicyMarker', m.code)} significance ${m.significance}`, factor);
  }
  return out;
}

/**
 * Combined weight per theme: the sum of its derivations capped at 1 (a theme reached by several
 * rules is at least as strong as by any one), rounded to 6 decimals; sorted by theme id.
 */
export function themeWeights(derivations: readonly ThemeDerivation[]): ThemeWeight[] {
  const sums = new Map<string, number>();
  for (const d of derivations) sums.set(d.themeId, (sums.get(d.themeId) ?? 0) + d.weight);
  return [...sums.entries()]
    .map(([themeId, sum]) => ({ themeId, weight: Math.round(Math.min(1, sum) * 1e6) / 1e6 }))
    .filter((t) => t.weight > 0)
    .sort((a, b) => (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0));
}

/** Percentage as a share in [0, 1]; missing → equal split among `count` sectors. */
function sectorShare(percentage: number | null, count: number): number {
  if (percentage === null || !Number.isFinite(percentage)) return 1 / count;
  return Math.min(100, Math.max(0, percentage)) / 100;
}

function percentText(percentage: number | null, share: number): string {
  if (percentage === null) return share === 1 ? '' : ` ${round(share * 100)}% (equal split)`;
  return ` ${round(percentage)}%`;
}

const round = (n: number) => Math.round(n * 100) / 100;

function uniqueSorted(codes: readonly string[]): string[] {
  return [...new Set(codes.map(sdgKey).filter((c) => c.length > 0))].sort();
}
