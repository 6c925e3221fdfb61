import { scaleQuantize } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';

/**
 * Colour-blind-safe colours: cividis (designed to read the same with colour-vision deficiencies)
 * for quantities, Okabe–Ito for categories. Quantities are never told by colour alone: every
 * chart has its figures in text or a table next to it.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Five steps from light (few) to dark (many), with the text colour that keeps 4.5:1 contrast on each. */
const STEPS = [0.95, 0.75, 0.55, 0.35, 0.12].map((t) => interpolateCividis(t));
const TEXT_ON = ['#111', '#111', '#111', '#fff', '#fff'];

export function quantityScale(max: number): (value: number) => { fill: string; text: string; step: number } {
  const scale = scaleQuantize<number>().domain([1, Math.max(max, 2)]).range([0, 1, 2, 3, 4]);
  return (value) => {
    if (value <= 0) return { fill: '#f2f2f2', text: '#333', step: -1 };
    const step = scale(value);
    return { fill: STEPS[step]!, text: TEXT_ON[step]!, step };
  };
}

export function legendSteps(max: number): { step: number; fill: string; from: number; to: number }[] {
  const scale = scaleQuantize<number>().domain([1, Math.max(max, 2)]).range([0, 1, 2, 3, 4]);
  return [0, 1, 2, 3, 4]
    .map((step) => {
      const [a, b] = scale.invertExtent(step);
      return { step, fill: STEPS[step]!, from: Math.ceil(a), to: step === 4 ? Math.max(max, 2) : Math.max(Math.ceil(a), Math.ceil(b) - 1) };
    })
    .filter((s, i, all) => s.from <= s.to && s.from <= Math.max(max, 1) && all.findIndex((t) => t.from === s.from) === i);
}
