/** Runs the whole pipeline on a small text on a fixed date and names the events' participants. */
import type { AnalysisDocument, EventOutput } from '../../src/output/document.js';
import { sharedAnalyzer } from '../helpers.js';

export const REFERENCE_DATE = '2021-03-16';

export function analyzeText(text: string): AnalysisDocument {
  return sharedAnalyzer().analyze({ text, origin: 'test' }, { date: REFERENCE_DATE });
}

/** "PLOVER code: source names → target names [modality]" for compact assertions. */
export function describeEvents(doc: AnalysisDocument): string[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const side = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(' & ');
  return doc.events.map((e: EventOutput) => `${e.plover.type} ${e.cameo.code}: ${side(e.source)} → ${side(e.target)} [${e.modality}]`);
}
