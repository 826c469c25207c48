import type { Holder } from './model.js';

/** Codes that open a CAMEO actor code before any country: international, non-governmental, multinational, militant groups. */
const TYPE_FIRST = new Set(['IGO', 'NGO', 'MNC', 'IMG']);
// After IGO/NGO/IMG a three-letter code may be a religion, not a state (IMGMUSALQ: al-Qaeda, Muslim; MUS is also Mauritius).
const RELIGIONS = new Set(['MUS', 'CHR', 'JEW', 'BUD', 'HIN', 'SHI', 'SUN', 'CTH', 'PRO', 'ORT']);

export interface CameoParts {
  /** ISO3/CAMEO country, or '' for none. */
  readonly country: string;
  /** The most specific sector ("USAGOVLEG" → LEG), or ''. */
  readonly sector: string;
  readonly sectors: readonly string[];
}

/**
 * Splits a CAMEO actor code: "USAGOVMIL" → USA, [GOV, MIL]; "IGOUNO" → IGO;
 * "~COP" (a Phoenix agent) → COP. isCountry says which three-letter codes are states.
 */
export function splitCameo(code: string, isCountry: (c: string) => boolean): CameoParts {
  const c = code.replace(/^~/, '');
  const chunks: string[] = [];
  for (let i = 0; i + 3 <= c.length; i += 3) chunks.push(c.slice(i, i + 3));
  if (chunks.length === 0) return { country: '', sector: '', sectors: [] };
  const first = chunks[0] ?? '';
  if (TYPE_FIRST.has(first)) {
    const second = chunks[1] ?? '';
    if (second && !RELIGIONS.has(second) && isCountry(second)) return { country: second, sector: first, sectors: [first, ...chunks.slice(2)] };
    return { country: '', sector: first, sectors: [first] };
  }
  if (!code.startsWith('~') && isCountry(first)) {
    const sectors = chunks.slice(1);
    return { country: first, sector: sectors[sectors.length - 1] ?? '', sectors };
  }
  return { country: '', sector: chunks[chunks.length - 1] ?? '', sectors: chunks };
}

/** The CAMEO code of an office: the country plus GOV, with MIL after it for defence posts as CAMEO codes them (USAGOVMIL). */
export function cameoOfOffice(h: Pick<Holder, 'country' | 'sector' | 'kind'>): string {
  if (h.country.startsWith('IGO')) return h.country;
  if (h.kind === 'defence') return `${h.country}GOVMIL`;
  if (h.sector === 'LEG' || h.sector === 'JUD') return `${h.country}GOV${h.sector}`;
  return `${h.country}${h.sector || 'GOV'}`;
}
