import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { AttacheError } from '../../errors.js';
import { parsePhoenix } from '../phoenix/parse.js';
import { phoenixActorRecord } from '../phoenix/actors.js';
import { emptyReport, type ImportReport } from './report.js';
import { forgetSource, withUserKb } from './user-kb.js';
import type { ImportOptions } from './wikidata.js';

/** A Phoenix/PETRARCH dictionary into the user KB's actors; bad lines are reported by number and skipped. */
export async function importPhoenix(file: string, options: ImportOptions): Promise<ImportReport> {
  if (!existsSync(file)) throw new AttacheError('E_NOT_FOUND', `no such file: ${file}`);
  const report = emptyReport(file, 'phoenix');
  const parsed = parsePhoenix(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  for (const p of parsed.problems) report.problems.push({ position: `line ${p.line}`, message: p.message });
  const source = `user:phoenix:${basename(file)}`;
  const role = /agent/i.test(basename(file)) ? 'agents' : 'user';
  try {
    await withUserKb(options.userKb, async (w, db) => {
      forgetSource(db, source);
      for (const e of parsed.entries) {
        report.read++;
        w.actor(phoenixActorRecord(e, role, source));
        report.actors++;
      }
    });
  } catch (e) {
    report.failed = e instanceof Error ? e.message : String(e);
    report.actors = 0;
  }
  return report;
}
