import { basename } from 'node:path';
import { AttacheError } from '../../errors.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { PersonRecord } from '../records.js';
import { readLines } from './input.js';
import { mergeOverlapping } from './merge-terms.js';
import { emptyReport, type ImportReport } from './report.js';
import { forgetSource, withUserKb } from './user-kb.js';
import { readEntity } from './wikidata-entity.js';
import { loadJapaneseReader, type JapaneseReader } from '../readings/japanese.js';
import { namesOfReading, readingsOf, splitNativeLabel } from '../readings/from-label.js';

/** Languages whose labels are read for readings and transliterations. */
const NATIVE_LANGS = /^(ja|ko|ru|uk|zh(-hans|-hant|-cn|-tw|-hk)?)$/;
import { classifyTitle } from '../post-kinds.js';
import { normalizeName } from '../normalize.js';

export interface ImportOptions {
  /** The user KB file to write. */
  readonly userKb: string;
  /** The bundled KB, to file statements under its posts when the position is one it knows. */
  readonly kb?: KnowledgeBase;
  /** Called every 10,000 input lines of a dump (a full dump has some hundred million). */
  readonly onProgress?: (progress: { line: number; persons: number }) => void;
}

/**
 * Imports a Wikidata JSON dump (.json, .json.gz, .json.bz2) entity by entity:
 * humans with "position held" (P39) and its start/end qualifiers, all labels and
 * aliases. Accepts the dump layout (an array, one entity a line), JSON Lines, and a
 * single entity or API answer ({"entities": …}) pretty-printed. Bad entities are
 * reported with their line and skipped; a damaged archive fails the import and
 * leaves the user KB as it was.
 */
export async function importWikidata(file: string, options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport(file, 'wikidata');
  const source = `user:wikidata:${basename(file)}`;
  try {
    await withUserKb(options.userKb, async (w, db) => {
      forgetSource(db, source);
      const positionLabels = new Map<string, string>();
      // ENAMDICT takes most of a second to load: only when a Japanese label in kanji needs it.
      let ja: JapaneseReader | null = null;
      const handle = async (raw: unknown, where: string): Promise<void> => {
        const r = readEntity(raw);
        if (r.kind === 'skip') return;
        if (r.kind === 'label') {
          positionLabels.set(r.id, r.label);
          return;
        }
        report.read++;
        if (r.kind === 'problem') {
          report.problems.push({ position: where, message: r.message });
          return;
        }
        const p = r.person;
        const en = p.labels.find((l) => l.lang === 'en') ?? p.labels[0];
        const rec: PersonRecord = {
          id: p.id, wikidata: p.id, name: en?.text ?? p.id, readings: [], sources: [source],
          names: [
            ...p.labels.map((l): PersonRecord['names'][number] => [l.text, l.lang, 'label', source]),
            ...p.aliases.map((l): PersonRecord['names'][number] => [l.text, l.lang, 'alias', source]),
          ],
        };
        // The English label first, so it is the person's name.
        rec.names.sort((a, b) => Number(b[1] === 'en' && b[2] === 'label') - Number(a[1] === 'en' && a[2] === 'label'));
        // Labels in their own script give readings and transliterations ("茂木敏充" → Motegi, Mogi, …).
        for (const l of p.labels) {
          const lang = l.lang;
          if (!NATIVE_LANGS.test(lang)) continue;
          if (lang === 'ja' && !ja && /\p{Script=Han}/u.test(l.text)) ja = await loadJapaneseReader();
          const parts = splitNativeLabel(l.text, lang, ja);
          if (!parts) continue;
          const reading = readingsOf(l.text, lang, parts.family, parts.given, ja);
          if (reading.familyReadings.length === 0) continue;
          rec.readings.push(reading);
          for (const n of namesOfReading(reading)) rec.names.push([n.text, n.lang, n.kind, source]);
        }
        w.person(rec);
        report.persons++;
        report.statements += p.statements.length;
        for (const t of mergeOverlapping(p.statements)) {
          const postId = ensurePost(t.position);
          w.occupancy({ person: p.id, post: postId, start: t.start, end: t.end, source });
          report.occupancies++;
        }
      };
      const known = new Map<string, string>();
      const ensurePost = (qid: string): string => {
        const cached = known.get(qid);
        if (cached) return cached;
        const bundled = options.kb?.post(qid);
        const id = bundled?.id ?? qid;
        if (!bundled && !db.prepare('SELECT 1 FROM posts WHERE id = ?').get(qid)) {
          w.post({ id: qid, country: '', title: qid, aliases: [], kind: 'other', sector: 'GOV', wikidata: qid, single: false });
          report.posts++;
        }
        known.set(qid, id);
        return id;
      };

      await readEntities(file, handle, report, options.onProgress);

      // Positions the dump described get their labels as titles, and a country when the
      // label ends in one ("Prime Minister of Estonia").
      for (const [qid, label] of positionLabels) {
        const row = db.prepare<[string], { title: string }>('SELECT title FROM posts WHERE id = ?').get(qid);
        if (row && row.title === qid) {
          const of = label.lastIndexOf(' of ');
          const country = of > 0 ? options.kb?.countriesByName(label.slice(of + 4))[0]?.country : undefined;
          const names = new Set((country?.names ?? []).filter((n) => n.kind === 'name').map((n) => normalizeName(n.text)));
          const cls = classifyTitle(label, country?.iso3, names);
          w.post({ id: qid, country: country?.iso3 ?? '', title: label, aliases: [], kind: cls.kind, sector: cls.sector, wikidata: qid, single: cls.single });
        }
      }
    });
  } catch (e) {
    if (e instanceof AttacheError && e.code === 'E_NOT_FOUND') throw e;
    report.failed = e instanceof Error ? e.message : String(e);
    report.persons = report.occupancies = report.posts = 0;
  }
  return report;
}

/** Feeds each entity of the file to handle(), whatever the layout. */
async function readEntities(
  file: string,
  handle: (raw: unknown, where: string) => Promise<void>,
  report: ImportReport,
  onProgress?: ImportOptions['onProgress'],
): Promise<void> {
  let mode: 'unknown' | 'lines' | 'document' = 'unknown';
  const doc: string[] = [];
  let docStart = 0;
  for await (const { line, number } of readLines(file)) {
    if (onProgress && number % 10_000 === 0) onProgress({ line: number, persons: report.persons });
    const t = line.trim();
    if (mode === 'unknown') {
      if (!t) continue;
      if (t === '[') {
        mode = 'lines';
        continue;
      }
      // One complete object on the first line: the dump or JSON Lines. Otherwise one pretty-printed document.
      mode = (t.startsWith('{') || t.startsWith('[{')) && parses(t.replace(/^\[/, '').replace(/,$/, '')) ? 'lines' : 'document';
      docStart = number;
    }
    if (mode === 'document') {
      doc.push(line);
      continue;
    }
    if (!t || t === '[' || t === ']') continue;
    const body = t.replace(/^\[/, '').replace(/,$/, '').replace(/\]$/, '');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      report.problems.push({ position: `line ${number}`, message: 'not valid JSON' });
      continue;
    }
    await handle(value, `line ${number}`);
  }
  if (mode !== 'document') return;
  let value: unknown;
  try {
    value = JSON.parse(doc.join('\n'));
  } catch (e) {
    report.problems.push({ position: `line ${docStart}`, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  const entities = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && 'entities' in value && typeof (value as { entities: unknown }).entities === 'object'
      ? Object.values((value as { entities: Record<string, unknown> }).entities)
      : [value];
  for (let i = 0; i < entities.length; i++) await handle(entities[i], entities.length > 1 ? `entity ${i + 1}` : `line ${docStart}`);
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
