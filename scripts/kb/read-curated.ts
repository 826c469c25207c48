import { readFileSync } from 'node:fs';
import { csvRecords } from './csv.js';
import type { KbDraft } from './draft.js';
import type { JapaneseReader } from '../../src/kb/readings/japanese.js';
import { namesOfReading, readingsOf } from '../../src/kb/readings/from-label.js';
import type { ReadingLine } from '../../src/kb/records.js';

/** curated/officeholders-2021-2026.csv: the changes the 2022 snapshots miss. */
export function readCuratedOfficeholders(path: string, draft: KbDraft): void {
  csvRecords(readFileSync(path, 'utf8')).forEach((r, i) => {
    const where = `officeholders-2021-2026.csv:${i + 2}`;
    if (!r.country || !r.position || !r.person) {
      draft.problems.push(`${where}: incomplete row`);
      return;
    }
    const person = r.wikidata
      ? draft.person({ wikidata: r.wikidata, name: r.person, source: 'curated' })
      : draft.findPersonByName(r.person) ?? draft.person({ name: r.person, source: 'curated' });
    const post = draft.post({ country: r.country, title: r.position });
    draft.occupancy({ person, post, start: r.start, end: r.end, source: 'curated', where });
  });
}

/** curated/native-names.csv: native-script names with their readings and transliterations. */
export function readNativeNames(path: string, draft: KbDraft, ja: JapaneseReader, enamdictReadings: ReadingLine[]): void {
  csvRecords(readFileSync(path, 'utf8')).forEach((r, i) => {
    const where = `native-names.csv:${i + 2}`;
    const id = draft.findPersonByName(r.name ?? '');
    if (!id) {
      draft.problems.push(`${where}: no person named '${r.name}'`);
      return;
    }
    const rec = draft.persons.get(id);
    if (!rec || !r.native || !r.lang) return;
    draft.addName(rec, r.native, r.lang, 'native', 'curated');
    const reading = readingsOf(r.native, r.lang, r.family ?? '', r.given ?? '', ja);
    // ENAMDICT's readings (CC BY-SA) are written to a file of their own; the others stay with the person.
    if (r.lang === 'ja') {
      enamdictReadings.push([id, reading]);
    } else {
      rec.readings.push(reading);
      for (const n of namesOfReading(reading)) draft.addName(rec, n.text, n.lang, n.kind, 'curated');
    }
    if (!rec.sources.includes('curated')) rec.sources.push('curated');
  });
}
