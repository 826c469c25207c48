/**
 * Moves each event in the events column down to the line where its sentence starts, so an event
 * stands beside its sentence, not at the top of a long paragraph. Events keep their order and never
 * overlap: one that would sit above the previous one's bottom stays stacked under it. Spacing is a
 * margin set through element.style (allowed by the CSP), measured after layout.
 */
export function alignEvents(root: HTMLElement): void {
  for (const list of root.querySelectorAll<HTMLElement>('.block-events')) {
    const items = [...list.querySelectorAll<HTMLElement>('.event-item')];
    for (const li of items) li.style.marginTop = '';
    const top = list.getBoundingClientRect().top;
    const row = list.parentElement;
    for (const li of items) {
      const sentence = row?.querySelector<HTMLElement>(`.sentence[data-start="${li.dataset.sentence ?? ''}"]`);
      if (!sentence) continue;
      const want = sentence.getBoundingClientRect().top - top;
      const now = li.getBoundingClientRect().top - top;
      if (want > now + 1) li.style.marginTop = `${Math.round(want - now)}px`;
    }
  }
}

/** The start of the sentence an offset falls in (sentences sorted by start), or null. */
export function sentenceStartOf(sentences: readonly { start: number; end: number }[], offset: number): number | null {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.end <= offset) lo = mid + 1; else hi = mid; }
  const s = sentences[lo];
  return s && s.start <= offset ? s.start : null;
}
