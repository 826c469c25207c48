/**
 * `npm run kb:build`: compiles ../shared/kb-sources into the committed KB under
 * data/kb/ (JSONL, sorted, so a rebuild from the same sources is byte-identical
 * and a change shows as a readable diff). The runtime SQLite index is compiled
 * from these files on first open (src/kb/store/compile.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPath, sharedPath } from '../../src/util/paths.js';
import { KB_FILES, CC_BY_SA_DIR, ENAMDICT_READINGS_FILE, actorToLine, occupancyToLine, type ReadingLine } from '../../src/kb/records.js';
import { loadJapaneseReader } from '../../src/kb/readings/japanese.js';
import { KbDraft } from './draft.js';
import { addCapitals, addFactbookNames, buildCountries, CountryIndex } from './countries.js';
import { readPhoenix } from './read-phoenix.js';
import { readForeignMinisters, readHolders, readIntlOrgs, readWorldLeaders2021 } from './read-every-politician.js';
import { readCuratedOfficeholders, readNativeNames } from './read-curated.js';
import { readFactbook } from './read-factbook.js';
import { readWorldLeadersCurrent, WLC_SOURCE } from './read-world-leaders-current.js';

export async function buildKb(outDir = dataPath('kb'), sourcesDir = sharedPath('kb-sources')): Promise<{ problems: string[]; counts: Record<string, number> }> {
  const src = (...p: string[]): string => join(sourcesDir, ...p);
  const phoenix = readPhoenix(src('phoenix'));
  const countries = buildCountries(phoenix.countryEntries);
  addFactbookNames(src('factbook', 'government_executive.json'), countries, new CountryIndex(countries));
  const capitalProblems = addCapitals(join(dataPath('kb-curated'), 'capitals.tsv'), countries);
  const index = new CountryIndex(countries);
  const draft = new KbDraft((iso3) => index.namesOf(iso3));

  // Order matters: sources with Wikidata ids first, so later ones without ids find the same people by name.
  readHolders(src('every-politician', 'holders'), draft);
  readWorldLeaders2021(src('every-politician', 'world', 'world-leaders-2021__wikidata.csv'), draft, index);
  readForeignMinisters(src('every-politician', 'world', 'world__foreign_ministers_wikidata.csv'), draft, index);
  readIntlOrgs(src('every-politician', 'world', 'world__intl_orgs_holders21.csv'), draft);
  readCuratedOfficeholders(src('curated', 'officeholders-2021-2026.csv'), draft);
  readFactbook(src('factbook', 'executive_branch.csv'), draft, index);
  const enamdictReadings: ReadingLine[] = [];
  readNativeNames(src('curated', 'native-names.csv'), draft, await loadJapaneseReader(), enamdictReadings);
  readWorldLeadersCurrent(src('world-leaders-current', 'countries_current_merged.json'), draft, index);

  const occupancies = draft.sortedOccupancies();
  const mainOcc = occupancies.filter((o) => o.source !== WLC_SOURCE);
  const wlcOcc = occupancies.filter((o) => o.source === WLC_SOURCE);
  const persons = draft.sortedPersons();
  const wlcOnlyPerson = (id: string): boolean => {
    const p = draft.persons.get(id);
    return !!p && p.sources.length === 1 && p.sources[0] === WLC_SOURCE;
  };
  const mainPostIds = new Set(mainOcc.map((o) => o.post));
  const posts = draft.sortedPosts();

  mkdirSync(join(outDir, CC_BY_SA_DIR), { recursive: true });
  writeJsonl(join(outDir, KB_FILES.countries), countries);
  writeJsonl(join(outDir, KB_FILES.persons), persons.filter((p) => !wlcOnlyPerson(p.id)));
  writeJsonl(join(outDir, KB_FILES.posts), posts.filter((p) => mainPostIds.has(p.id)));
  writeJsonl(join(outDir, KB_FILES.occupancies), mainOcc.map(occupancyToLine));
  writeJsonl(join(outDir, KB_FILES.actors), phoenix.actors.map(actorToLine));
  writeJsonl(join(outDir, CC_BY_SA_DIR, KB_FILES.persons), persons.filter((p) => wlcOnlyPerson(p.id)));
  writeJsonl(join(outDir, CC_BY_SA_DIR, KB_FILES.posts), posts.filter((p) => !mainPostIds.has(p.id)));
  writeJsonl(join(outDir, CC_BY_SA_DIR, KB_FILES.occupancies), wlcOcc.map(occupancyToLine));
  copyFileSync(src('world-leaders-current', 'LICENSE'), join(outDir, CC_BY_SA_DIR, 'LICENSE'));
  mkdirSync(dirname(join(outDir, ENAMDICT_READINGS_FILE)), { recursive: true });
  writeJsonl(join(outDir, ENAMDICT_READINGS_FILE), [...enamdictReadings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].native < b[1].native ? -1 : 1)));

  const problems = [...phoenix.problems, ...capitalProblems, ...draft.problems];
  const counts = {
    countries: countries.length, persons: persons.length, posts: posts.length,
    occupancies: occupancies.length, actors: phoenix.actors.length, problems: problems.length,
  };
  return { problems, counts };
}

function writeJsonl(path: string, records: readonly unknown[]): void {
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').slice(-3).join('/'));
if (isMain) {
  buildKb().then(
    ({ problems, counts }) => {
      process.stdout.write(`kb:build: ${JSON.stringify(counts)}\n`);
      for (const p of problems.slice(0, 40)) process.stdout.write(`  skipped: ${p}\n`);
      if (problems.length > 40) process.stdout.write(`  … and ${problems.length - 40} more\n`);
    },
    (e: unknown) => {
      process.stderr.write(`kb:build failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
