import { readFileSync } from 'node:fs';
import { csvRecords } from './csv.js';
import type { KbDraft } from './draft.js';
import type { JapaneseReader } from '../../src/kb/readings/japanese.js';
import { readingsOf } from '../../src/kb/readings/from-label.js';

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
export function readNativeNames(path: string, draft: KbDraft, ja: JapaneseReader): void {
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
    rec.readings.push(reading);
    for (const fam of reading.familyReadings.slice(0, 12)) {
      for (const giv of reading.givenReadings.slice(0, 4)) {
        const latin = r.lang === 'ja' || r.lang === 'ru' || r.lang === 'uk' ? `${giv} ${fam}` : `${fam} ${giv}`;
        draft.addName(rec, latin, `${r.lang}-Latn`, r.lang === 'ja' ? 'reading' : 'transliteration', 'curated');
      }
    }
    if (!rec.sources.includes('curated')) rec.sources.push('curated');
  });
}
