import { readFileSync, existsSync } from 'node:fs';

/** Records of a committed JSONL file; a missing file is an empty one (the CC BY-SA folder may be left out). */
export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const out: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON`);
    }
  }
  return out;
}
