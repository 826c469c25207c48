import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { AttacheError } from '../../errors.js';
import { parsePartialDate } from '../dates.js';
import { classifyTitle } from '../post-kinds.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { PersonRecord } from '../records.js';
import { emptyReport, type ImportReport } from './report.js';
import { forgetSource, withUserKb } from './user-kb.js';
import type { ImportOptions } from './wikidata.js';

/**
 * Popolo (popoloproject.com) import: a document with persons, posts, organizations
 * and memberships, or a single person, or a post with its memberships (the spec's
 * examples). Persons with a Wikidata identifier keep it as their id; others get
 * 'popolo:<id>'. Memberships become occupancies of posts 'popolo:<post or org id>'.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

export async function importPopolo(file: string, options: ImportOptions): Promise<ImportReport> {
  if (!existsSync(file)) throw new AttacheError('E_NOT_FOUND', `no such file: ${file}`);
  const report = emptyReport(file, 'popolo');
  const source = `user:popolo:${basename(file)}`;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    report.failed = `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return report;
  }
  if (!isObject(doc)) {
    report.failed = 'a Popolo file is a JSON object';
    return report;
  }
  const persons = 'persons' in doc ? list(doc.persons) : 'name' in doc && !('memberships' in doc) ? [doc] : [];
  const posts = 'posts' in doc ? list(doc.posts) : 'memberships' in doc && 'label' in doc ? [doc] : [];
  const orgs = [...list(doc.organizations), ...posts.map((p) => p.organization).filter(isObject)];
  // Memberships embedded in a post belong to it even without a post_id.
  const memberships = [
    ...(posts.includes(doc) ? [] : list(doc.memberships)),
    ...posts.flatMap((p) => list(p.memberships).map((m) => ('post_id' in m || !str(p.id) ? m : { ...m, post_id: p.id }))),
  ];
  const personIds = new Map<string, string>();
  try {
    await withUserKb(options.userKb, async (w, db) => {
      forgetSource(db, source);
      const known = db.prepare<[string], { id: string }>('SELECT id FROM persons WHERE id = ?');
      persons.forEach((p, i) => {
        report.read++;
        const where = `persons[${i}]`;
        const pid = str(p.id);
        const name = str(p.name) ?? [str(p.given_name), str(p.family_name)].filter(Boolean).join(' ');
        if (!pid || !name) {
          report.problems.push({ position: where, message: 'person without id or name' });
          return;
        }
        const qid = list(p.identifiers).find((x) => x.scheme === 'wikidata' && /^Q\d+$/.test(String(x.identifier)))?.identifier as string | undefined;
        const id = qid ?? (pid.startsWith('popolo:') || /^Q\d+$/.test(pid) ? pid : `popolo:${pid}`);
        personIds.set(pid, id);
        const rec: PersonRecord = { id, wikidata: qid ?? null, name, names: [[name, '', 'label', source]], readings: [], sources: [source] };
        for (const o of list(p.other_names)) {
          const n = str(o.name);
          if (n) rec.names.push([n, str(o.lang) ?? '', 'alias', source]);
        }
        w.person(rec);
        report.persons++;
      });
      const titles = new Map<string, string>();
      for (const o of orgs) if (str(o.id) && str(o.name)) titles.set(`org:${o.id as string}`, o.name as string);
      const areas = new Map<string, string>();
      for (const p of posts) {
        if (!str(p.id)) continue;
        titles.set(`post:${p.id as string}`, str(p.label) ?? str(p.role) ?? (p.id as string));
        if (str(p.area_id)) areas.set(`post:${p.id as string}`, p.area_id as string);
      }
      const madePosts = new Set<string>();
      memberships.forEach((m, i) => {
        const where = `memberships[${i}]`;
        report.statements++;
        // A person in this file, or one an earlier Popolo import brought (its id), or a Wikidata id.
        const pid = str(m.person_id) ?? '';
        const person = personIds.get(pid) ?? known.get(pid)?.id ?? known.get(`popolo:${pid}`)?.id ?? (/^Q\d+$/.test(pid) ? pid : null);
        const postKey = str(m.post_id) ? `post:${m.post_id as string}` : str(m.organization_id) ? `org:${m.organization_id as string}` : null;
        if (!person || !postKey) {
          report.problems.push({ position: where, message: 'membership without a known person or a post/organisation' });
          return;
        }
        const start = str(m.start_date);
        const end = str(m.end_date);
        if ((start && !parsePartialDate(start)) || (end && !parsePartialDate(end))) {
          report.problems.push({ position: where, message: `bad date '${start ?? ''}'/'${end ?? ''}'` });
          return;
        }
        const role = str(m.role);
        const base = titles.get(postKey) ?? postKey.slice(postKey.indexOf(':') + 1);
        const title = postKey.startsWith('org:') && role ? `${role}, ${base}` : base;
        // Ids this exporter wrote come back unchanged, so a round trip keeps them.
        const rawKey = postKey.slice(postKey.indexOf(':') + 1);
        const postId = rawKey.startsWith('popolo:') || /^Q\d+$/.test(rawKey) || rawKey.includes(':')
          ? rawKey
          : `popolo:${postKey}${postKey.startsWith('org:') && role ? `:${role}` : ''}`;
        if (!madePosts.has(postId)) {
          const cls = classifyTitle(title);
          w.post({ id: postId, country: str(m.area_id) ?? areas.get(postKey) ?? '', title, aliases: [], kind: cls.kind, sector: cls.sector, wikidata: null, single: false });
          madePosts.add(postId);
          report.posts++;
        }
        w.occupancy({ person, post: postId, start: start ? parsePartialDate(start)?.date ?? null : null, end: end ? parsePartialDate(end)?.date ?? null : null, source });
        report.occupancies++;
      });
    });
  } catch (e) {
    report.failed = e instanceof Error ? e.message : String(e);
    report.persons = report.occupancies = report.posts = 0;
  }
  return report;
}

export interface PopoloDocument {
  persons: Json[];
  posts: Json[];
  memberships: Json[];
}

/**
 * The KB as a Popolo document: persons with their names in every language and a
 * Wikidata identifier, posts, and one membership per term. Filter by country to
 * keep it small; `userOnly` exports only what was imported.
 */
export function exportPopolo(kb: KnowledgeBase, options: { country?: string; userOnly?: boolean } = {}): PopoloDocument {
  return kb.toPopolo(options);
}
