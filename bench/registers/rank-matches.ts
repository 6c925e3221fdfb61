/**
 * Gap matches at register scale: 100 random gaps ranked against 5 000 experts and 1 000
 * institutions (seeded, reproducible), 10 matches with reasons each, as `Gap.matches` does.
 * Run: npx tsx bench/registers/rank-matches.ts
 */
import { rankExperts, rankInstitutions } from '../../src/modules/register/register.matching';
import { registerContext } from '../../src/modules/register/register.labels';
import type { ExpertRecord, InstitutionRecord } from '../../src/modules/register/register.model';
const ctx = registerContext();
const codes = [...ctx.profiles.keys()];
const themes = ['administration-of-justice', 'nhri', 'rights-of-the-child', 'womens-rights', 'gender-based-violence', 'right-to-health', 'right-to-food', 'migrants', 'labour-rights', 'torture-prevention'];
const langs = ['en', 'fr', 'es', 'ar', 'ru', 'sw', 'pt'];
let seed = 7; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(a: T[], n: number) => Array.from({ length: n }, () => a[Math.floor(rnd() * a.length)]!);
const experts: ExpertRecord[] = Array.from({ length: 5000 }, (_, i) => ({ identifier: `E${i}`, name: `Expert ${i}`, nationality: pick(codes, 1)[0]!, countries: pick(codes, 3), regions: [], themes: [...new Set(pick(themes, 3))], languages: [...new Set(pick(langs, 2))], nominatedBy: null, availability: 'AVAILABLE', rosterYear: 2024, removedOn: null }));
const institutions: InstitutionRecord[] = Array.from({ length: 1000 }, (_, i) => ({ identifier: `I${i}`, name: `Inst ${i}`, country: pick(codes, 1)[0]!, kind: 'NGO', themes: [...new Set(pick(themes, 2))], languages: [], accreditation: null, contact: null, removedOn: null }));
const gaps = Array.from({ length: 100 }, () => ({ countries: pick(codes, 1), themeIds: [...new Set(pick(themes, 2))], languages: [] as string[] }));
for (const g of gaps.slice(0, 5)) { rankExperts(g, experts, ctx, 10); rankInstitutions(g, institutions, ctx, 10); }
const t = process.hrtime.bigint();
for (const g of gaps) { rankExperts(g, experts, ctx, 10); rankInstitutions(g, institutions, ctx, 10); }
const ms = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`100 gaps x (5000 experts + 1000 institutions): ${ms.toFixed(0)} ms total, ${(ms / 100).toFixed(1)} ms per gap`);
