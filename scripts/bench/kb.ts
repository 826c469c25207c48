/**
 * Knowledge-base timings for `npm run bench`: compiling the bundled KB's index
 * (once per data change), opening it (every process), and the queries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeBase } from '../../src/kb/open.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export async function benchKb(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-kb-'));
  try {
    const cachePath = join(dir, 'kb.db');
    let t = performance.now();
    openKnowledgeBase({ userKb: null, cachePath }).close();
    const compileMs = performance.now() - t;

    const loads: number[] = [];
    for (let i = 0; i < 10; i++) {
      t = performance.now();
      openKnowledgeBase({ userKb: null, cachePath }).close();
      loads.push(performance.now() - t);
    }

    const kb = openKnowledgeBase({ userKb: null, cachePath });
    try {
      const holderQueries: [string, string, string][] = [
        ['USA', 'Secretary of State', '2021-03-16'], ['JPN', 'Prime Minister', '2011-01-01'], ['CHN', 'Foreign Minister', '2023-03-01'],
        ['DEU', 'Chancellor', '2023-06-01'], ['JPN', 'top diplomat', '2024-01-01'], ['GBR', 'Prime Minister', '2022-10-01'],
      ];
      const names = ['Antony Blinken', 'John Blinken', 'Toshimitsu Mogi', 'Zelensky', 'Mevlut Cavusoglu', 'Wang Yi', 'Tsai Ing-wen', 'Kassym-Jomart Tokayev'];
      const phrases = ['President Kassym-Jomart Tokayev', 'Dehli police', 'the Kremlin', 'four Saudi men', 'a cat named Frank', 'Secretary Austin'];

      // First calls pay for prepared statements and the per-post cache; report both.
      const coldHolders: number[] = [];
      for (const [country, post, date] of holderQueries) {
        t = performance.now();
        kb.holders({ country, post, date });
        coldHolders.push(performance.now() - t);
      }
      const warmHolders: number[] = [];
      for (let r = 0; r < 50; r++) {
        for (const [country, post, date] of holderQueries) {
          t = performance.now();
          kb.holders({ country, post, date });
          warmHolders.push(performance.now() - t);
        }
      }
      const coldSearch: number[] = [];
      for (const n of names) {
        t = performance.now();
        kb.search(n, { date: '2021-03-16' });
        coldSearch.push(performance.now() - t);
      }
      const warmSearch: number[] = [];
      for (let r = 0; r < 10; r++) {
        for (const n of names) {
          t = performance.now();
          kb.search(n, { date: '2021-03-16' });
          warmSearch.push(performance.now() - t);
        }
      }
      const resolveTimes: number[] = [];
      for (let r = 0; r < 10; r++) {
        for (const p of phrases) {
          t = performance.now();
          kb.resolve(p, { date: '2021-03-16' });
          resolveTimes.push(performance.now() - t);
        }
      }
      return [
        { name: 'kb compile index (first open after a data change)', value: round(compileMs, 0), unit: 'ms' },
        { name: 'kb load (open the compiled index)', value: round(median(loads)), unit: 'ms' },
        { name: 'kb holders query, first call (median)', value: round(median(coldHolders) * 1000, 0), unit: 'µs' },
        { name: 'kb holders query, warm (median)', value: round(median(warmHolders) * 1000, 0), unit: 'µs' },
        { name: 'kb search query, first call (median)', value: round(median(coldSearch)), unit: 'ms' },
        { name: 'kb search query, warm (median)', value: round(median(warmSearch)), unit: 'ms' },
        { name: 'kb resolve phrase (median)', value: round(median(resolveTimes)), unit: 'ms' },
      ];
    } finally {
      kb.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node dist/scripts/bench/kb.js` runs it alone.
if (process.argv[1] && /scripts[\\/]bench[\\/]kb\.js$/.test(process.argv[1])) {
  benchKb().then(
    (rows) => {
      for (const r of rows) process.stdout.write(`${r.name.padEnd(54)} ${String(r.value).padStart(8)} ${r.unit}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
