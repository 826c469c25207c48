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

/** Scores against the gold sets in ../shared; each suite prints its own table. */
async function main(): Promise<void> {
  if (!existsSync(sharedPath())) {
    console.log(`npm run eval: ${sharedPath()} is missing, so there is nothing to score against (set ATTACHE_SHARED to its path). Skipped.`);
    return;
  }
  const analyzer = createAnalyzer();
  // [key, title, run]: ATTACHE_EVAL=key,key (e.g. events,gum) runs the suites whose key starts with one of them.
  const suites: [string, string, () => string][] = [
    ['example', 'example', () => evalExample(analyzer)],
    ['readouts-links', 'readout counterparts linked (State Department)', () => evalReadoutLinks(analyzer)],
    ['readouts-checks', 'name checks on untouched text (State Department)', () => evalCleanNameChecks(analyzer)],
    ['readouts-corrupted', 'corrupted given names (State Department)', () => evalCorruptedGivenNames(analyzer)],
    ['gum', 'person, organisation and place recognition (GUM Wikinews)', () => evalGum(analyzer)],
    ['events-petrarch', 'events: CAMEO triples (PETRARCH2 gold sentences)', () => evalEventsPetrarch(analyzer)],
    ['events-plover', 'events: PLOVER types and actors (PLOVER gold sentences)', () => evalEventsPlover(analyzer)],
    ['events-example', 'events: the reference article\'s seven events', () => evalEventsExample(analyzer)],
    ['events-readouts', 'events: CONSULT in call and meeting readouts (State Department)', () => evalEventsReadouts(analyzer)],
  ];
  const only = (process.env.ATTACHE_EVAL ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
  for (const [key, name, run] of suites) {
    if (only.length > 0 && !only.some((k) => key.startsWith(k))) continue;
    console.log(`\n=== ${name} ===\n`);
    console.log(run());
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
