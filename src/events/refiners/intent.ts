/**
 * A promised act of cooperation is an expression of intent. CAMEO codes
 * "Finland will give Tanzania a grant", "Norway is willing to send material",
 * "Iraq said it would allow inspectors" as 03 (express intent to …), not as
 * the aid or concession itself, which has not happened; PLOVER's AGREE is
 * exactly this ("agree to, offer, promise, or otherwise indicate willingness").
 * So a planned or hypothetical event of diplomatic or material cooperation, its intent stated outright (will,
 * would, ready to, pledged to …; a bare "to" is not enough),
 * aid or yielding (roots 05–08) becomes the parallel 03 code, and the event,
 * the intent stated, is asserted. Meetings (04) stay consultations: a planned
 * visit is still coded as the visit, with its modality.
 */
import type { Draft } from '../draft.js';
import { statesIntent } from './modality.js';

/** The 03 code paralleling a cooperative code: CAMEO's 031x, 033x mirror 06x, 07x; 035x mirrors the yields of 08. */
export function intentCode(code: string): string | null {
  const root = code.slice(0, 2);
  const sub = code.slice(2, 3);
  if (root === '05') return '032';
  if (root === '06') return sub === '' || sub === '0' ? '031' : `031${sub}`;
  if (root === '07') return ['1', '2', '3', '4'].includes(sub) ? `033${sub}` : '033';
  if (root !== '08') return null;
  const yields: Readonly<Record<string, string>> = { '1': '0351', '2': '0352', '4': '0353', '5': '0354', '6': '0355', '7': '0356' };
  return yields[sub] ?? '035';
}

export function withIntents(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (d.kind !== 'verb' || (d.modality !== 'planned' && d.modality !== 'hypothetical')) return d;
    // Only an intent stated outright: "the first African American to lead" plans nothing.
    if (!statesIntent(d.view, d.trigger.first)) return d;
    const code = intentCode(d.code);
    return code ? { ...d, code, modality: 'asserted', rule: `${d.rule}+intent`, alone: d.target.length === 0 } : d;
  });
}
