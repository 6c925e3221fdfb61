import type { HeatmapCell, OverlapReportModel } from '../overlap-report.model';

/** Colour steps of the coverage heatmap: 0 = no activity, 1–4 = quarters of the busiest cell. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export const HEAT_LEVELS = [1, 2, 3, 4] as const;

export type HeatmapLookup = (country: string, themeId: string) => HeatmapCell | null;

/** Cells by country code and theme id; a missing cell means no activity there. */
export function heatmapLookup(heatmap: OverlapReportModel['heatmap']): HeatmapLookup {
  const cells = new Map(heatmap.cells.map((cell) => [`${cell.country}\u0000${cell.themeId}`, cell]));
  return (country, themeId) => cells.get(`${country}\u0000${themeId}`) ?? null;
}

export const maxActivityCount = (heatmap: OverlapReportModel['heatmap']): number =>
  heatmap.cells.reduce((max, cell) => Math.max(max, cell.activityCount), 0);

/** Level of a cell: the quarter of the busiest cell's activity count it falls in (ceil(count × 4 / max)). */
export function heatLevel(activityCount: number, max: number): HeatLevel {
  if (activityCount <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((activityCount * 4) / max)) as HeatLevel;
}

/** The activity counts each level stands for, for the legend; levels no whole count falls in are left out. */
export function heatLegend(max: number): { level: HeatLevel; from: number; to: number }[] {
  return HEAT_LEVELS.map((level) => ({ level, from: Math.floor((max * (level - 1)) / 4) + 1, to: Math.floor((max * level) / 4) })).filter(
    (step) => step.from <= step.to,
  );
}
