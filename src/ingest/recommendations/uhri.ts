import { codesOf, codeName, isKnownCode } from '../../codelists/codelists';
import type { RecommendationRecord } from '../../modules/recommendation/recommendation.model';
import { sniffInputKind, wrongKindProblem } from '../input-kind';
import { InvalidInputFileError, type InputProblem } from '../input-problems';
import { MAX_UHRI_JSON_BYTES, readWholeUtf8File } from '../input-text';
import { checkCountryCode } from '../../modules/validation/country-input';
import { type UhriRecord, uhriFileSchema, uhriRecordSchema } from './uhri.schema';

/** Why a country value was refused, with the code meant when it can be guessed (names are accepted, alpha-3 codes are not). */
const checkCountryInputMessage = (value: string): string => {
  const result = checkCountryCode(value);
  return result.ok ? '' : result.message;
};

const BODY_TYPES = { 'Treaty body': 'TREATY_BODY', 'Special procedure': 'SPECIAL_PROCEDURE', UPR: 'UPR' } as const;

let countryByName: Map<string, string> | undefined;

/** ISO code of a country given as a code or an English codelist name; null when unknown. */
export function countryCode(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (upper.length === 2 && isKnownCode('Country', upper)) return upper;
  countryByName ??= new Map(codesOf('Country').map((c) => [(codeName('Country', c) ?? '').toLowerCase(), c]));
  return countryByName.get(value.trim().toLowerCase()) ?? null;
}

/** Reads and validates a whole UHRI export; throws InvalidInputFileError naming record and field. */
export function readUhriFile(filePath: string, displayName: string): RecommendationRecord[] {
  let json: unknown;
  const content = readWholeUtf8File(filePath, displayName, MAX_UHRI_JSON_BYTES);
  const kindProblem = wrongKindProblem(sniffInputKind(content.slice(0, 4096)), 'UHRI_JSON', ['UHRI_JSON', 'JSON']);
  if (kindProblem) throw new InvalidInputFileError(displayName, [{ file: displayName, line: null, record: null, field: null, message: kindProblem }]);
  try {
    json = JSON.parse(content);
  } catch (err) {
    throw new InvalidInputFileError(displayName, [{ file: displayName, line: null, record: null, field: null, message: `not valid JSON: ${(err as Error).message}` }]);
  }
  const file = uhriFileSchema.safeParse(json);
  if (!file.success) {
    throw new InvalidInputFileError(displayName, [
      { file: displayName, line: null, record: null, field: null, message: 'must be an array of records or { "Recommendations": [...] }' },
    ]);
  }
  if (file.data.length === 0) {
    throw new InvalidInputFileError(displayName, [{ file: displayName, line: null, record: null, field: null, message: 'the file holds no recommendations' }]);
  }
  const problems: InputProblem[] = [];
  const out: RecommendationRecord[] = [];
  const seen = new Set<string>();
  file.data.forEach((raw, index) => {
    const label = `#${index + 1}${typeof raw === 'object' && raw && 'AnnotationId' in raw ? ` (${String((raw as { AnnotationId: unknown }).AnnotationId)})` : ''}`;
    const parsed = uhriRecordSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file: displayName, line: null, record: label, field: issue.path.join('.') || null, message: issue.message });
      return;
    }
    const countries: string[] = [];
    parsed.data.Countries.forEach((c, i) => {
      const code = countryCode(c);
      if (code) countries.push(code);
      else problems.push({ file: displayName, line: null, record: label, field: `Countries.${i}`, message: checkCountryInputMessage(c) });
    });
    if (seen.has(parsed.data.AnnotationId)) {
      problems.push({ file: displayName, line: null, record: label, field: 'AnnotationId', message: 'appears twice in the file' });
    }
    seen.add(parsed.data.AnnotationId);
    out.push(toRecommendation(parsed.data, countries));
  });
  if (problems.length > 0) throw new InvalidInputFileError(displayName, problems);
  return out;
}

export function toRecommendation(r: UhriRecord, countries: string[]): RecommendationRecord {
  return {
    annotationId: r.AnnotationId,
    symbol: r.Symbol,
    text: r.Text,
    publicationDate: r.PublicationDate,
    body: { type: BODY_TYPES[r.BodyType], name: r.Body },
    countries: [...new Set(countries)].sort(),
    themes: r.Themes,
    affectedPersons: r.AffectedPersons,
    sdgs: r.Sdgs,
    regions: r.Regions,
    ...(r.RecommendingState ? { uprRecommendingState: r.RecommendingState } : {}),
    ...(r.Position ? { uprPosition: r.Position === 'Supported' ? ('SUPPORTED' as const) : ('NOTED' as const) } : {}),
    status: r.Status === 'Closed' ? 'CLOSED' : 'OPEN',
  };
}
