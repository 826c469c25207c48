import type { Writable } from 'node:stream';
import type { IngestProgress } from '../../store/index.js';

function clockTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** "412/949 · 23.1/s · ETA 0:23 · 2 errors": what both renderings say. */
export function progressText(p: IngestProgress): string {
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.done / secs : 0;
  const parts = [p.total !== null ? `${p.done}/${p.total}` : `${p.done}`, `${rate.toFixed(1)}/s`];
  if (p.total !== null && rate > 0 && p.done < p.total) parts.push(`ETA ${clockTime((p.total - p.done) / rate)}`);
  else parts.push(`${clockTime(secs)} elapsed`);
  parts.push(`${p.failed} error${p.failed === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

export interface ProgressOptions {
  /** A terminal: one line redrawn in place. Else plain lines. */
  readonly tty: boolean;
  /** Plain mode: a line at most this often (ms; default 5000)… */
  readonly everyMs?: number;
  /** …or after this many more inputs (default 500). */
  readonly everyInputs?: number;
}

/** A progress reporter for ingest: a bar on a terminal, a line every few seconds elsewhere (logs, CI). */
export function progressReporter(stream: Writable, options: ProgressOptions): { update: (p: IngestProgress) => void; finish: () => void } {
  const everyMs = options.everyMs ?? 5000;
  const everyInputs = options.everyInputs ?? 500;
  let lastMs = 0;
  let lastDone = 0;
  let drawn = false;
  let last: IngestProgress | null = null;
  return {
    update(p) {
      last = p;
      if (options.tty) {
        const width = 24;
        const filled = p.total ? Math.min(width, Math.round((p.done / p.total) * width)) : 0;
        const bar = p.total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
        stream.write(`\r\x1b[2Kingest ${bar}${progressText(p)}`);
        drawn = true;
      } else if (p.elapsedMs - lastMs >= everyMs || p.done - lastDone >= everyInputs) {
        lastMs = p.elapsedMs;
        lastDone = p.done;
        stream.write(`attache ingest: ${progressText(p)}\n`);
      }
    },
    /** Ends the bar's line; in plain mode, writes the final count if the last line did not show it. */
    finish() {
      if (drawn) stream.write('\n');
      else if (last && last.done !== lastDone) stream.write(`attache ingest: ${progressText(last)}\n`);
    },
  };
}
