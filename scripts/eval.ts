import { existsSync } from 'node:fs';
import { createAnalyzer } from '../src/analyze.js';
import { sharedPath } from '../src/util/paths.js';
import { evalExample } from './eval/example.js';
import { evalEventsExample } from './eval/events-example.js';
import { evalEventsPetrarch } from './eval/events-petrarch.js';
import { evalEventsPlover } from './eval/events-plover.js';
import { evalEventsReadouts } from './eval/events-readouts.js';
import { evalGum } from './eval/gum.js';
import { evalCleanNameChecks, evalCorruptedGivenNames, evalReadoutLinks } from './eval/readouts.js';

/**
 * Scores against the gold sets in ../shared; each suite prints its own table. ATTACHE_EVAL filters the suites by
 * name; ATTACHE_EVAL_MISSES=N (or all) lists that many misses per list in the events suites instead of 8.
 */
async function main(): Promise<void> {
  if (!existsSync(sharedPath())) {
    console.log(`npm run eval: ${sharedPath()} is missing, so there is nothing to score against (set ATTACHE_SHARED to its path). Skipped.`);
    return;
  }
  const analyzer = createAnalyzer();
  const suites: [string, () => string][] = [
    ['example', () => evalExample(analyzer)],
    ['readout counterparts linked (State Department)', () => evalReadoutLinks(analyzer)],
    ['name checks on untouched text (State Department)', () => evalCleanNameChecks(analyzer)],
    ['corrupted given names (State Department)', () => evalCorruptedGivenNames(analyzer)],
    ['person, organisation and place recognition (GUM Wikinews)', () => evalGum(analyzer)],
    ['events: CAMEO triples (PETRARCH2 gold sentences)', () => evalEventsPetrarch(analyzer)],
    ['events: PLOVER types and actors (PLOVER gold sentences)', () => evalEventsPlover(analyzer)],
    ['events: the reference article\'s seven events', () => evalEventsExample(analyzer)],
    ['events: CONSULT in call and meeting readouts (State Department)', () => evalEventsReadouts(analyzer)],
  ];
  // ATTACHE_EVAL=events (comma-separated words) runs only the suites whose name contains one of them.
  const only = (process.env.ATTACHE_EVAL ?? '').split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  for (const [name, run] of suites) {
    if (only.length > 0 && !only.some((w) => name.toLowerCase().includes(w))) continue;
    console.log(`\n=== ${name} ===\n`);
    console.log(run());
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
