/**
 * An article's text, block by block: mentions coloured by type, wrong names outlined (a button
 * with a tooltip on hover and on keyboard focus), quotes marked with their speaker, and the events
 * found in each block listed beside it. Every piece of text is a text node: nothing from the
 * article is ever parsed as HTML.
 */
import type { AnalysisDocument, AnalysisEvent, Entity } from '../../api/analysis.js';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { alignEvents, sentenceStartOf } from './alignEvents.js';
import { blockOf, cut, disjoint, entityById, mentionMarks, quoteMarks, type MentionMark, type QuoteMark } from './marks.js';
import { typeClass } from './actorLink.js';
import { EventItem } from './EventItem.js';

export type Selection = { kind: 'check'; index: number } | { kind: 'entity'; id: string } | null;

export interface ArticleTextProps {
  doc: AnalysisDocument;
  selection: Selection;
  onSelect: (s: Selection) => void;
  activeEvent: string | null;
  onActiveEvent: (id: string | null) => void;
}

export function ArticleText(props: ArticleTextProps) {
  const { doc } = props;
  // What depends on the document alone is worked out once, not on every hover of an event.
  const { mentions, quotes, entities, eventsByBlock, sentences } = useMemo(() => {
    const byBlock = new Map<number, AnalysisEvent[]>();
    for (const ev of doc.events) {
      const b = blockOf(doc, ev.evidence.start);
      byBlock.set(b, [...(byBlock.get(b) ?? []), ev]);
    }
    return { mentions: mentionMarks(doc), quotes: quoteMarks(doc), entities: entityById(doc), eventsByBlock: byBlock, sentences: disjoint(doc.sentences) };
  }, [doc]);
  const active = props.activeEvent ? doc.events.find((e) => e.id === props.activeEvent) ?? null : null;
  const root = useRef<HTMLDivElement>(null);
  // Events line up with their sentences once laid out, and again whenever the text reflows.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    alignEvents(el);
    const observer = new ResizeObserver(() => alignEvents(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, [doc]);
  const selectedEntity = props.selection?.kind === 'entity' ? props.selection.id : null;

  const mentionPiece = (m: MentionMark, start: number, end: number) => {
    const text = doc.text.slice(start, end);
    const cls = `mention ${typeClass(m.entity.type)} k-${m.mention?.kind ?? 'name'}${selectedEntity === m.entity.id ? ' selected' : ''}`;
    if (m.check) {
      const tip = `tip-${m.checkIndex}`;
      const c = m.check;
      const isSelected = props.selection?.kind === 'check' && props.selection.index === m.checkIndex;
      return (
        <span class="check-wrap" key={`c${start}`}>
          <button type="button" class={`${cls} wrong${isSelected ? ' current' : ''}`} id={`check-${m.checkIndex}`} data-check={m.checkIndex}
            aria-describedby={tip} aria-pressed={isSelected} onClick={() => props.onSelect({ kind: 'check', index: m.checkIndex })}
            onKeyDown={(e) => { if (e.key === 'Escape') (e.currentTarget.parentElement as HTMLElement).classList.add('tip-dismissed'); }}
            onBlur={(e) => (e.currentTarget.parentElement as HTMLElement).classList.remove('tip-dismissed')}>
            {text}
          </button>
          <span role="tooltip" id={tip} class="tooltip">
            <span class="tip-line"><span class="visually-hidden">Wrong name. </span>Right name: <strong class="right-name">{c.right}</strong> (not {c.wrong})</span>
            <span class="tip-line tip-why">{c.why}</span>
            <span class="tip-line tip-record">Record: {m.entity.name}{m.entity.wikidata ? ` (${m.entity.wikidata})` : ''}</span>
          </span>
        </span>
      );
    }
    return (
      <span class={cls} key={`m${start}`} data-entity={m.entity.id} title={`${m.entity.name} (${m.entity.type.toLowerCase()})`}
        onClick={() => props.onSelect({ kind: 'entity', id: m.entity.id })}>
        {text}
      </span>
    );
  };

  const quotePiece = (q: QuoteMark | null, start: number, end: number, last: boolean) => {
    const inner = cut(start, end, mentions).map((p) => (p.mark ? mentionPiece(p.mark, p.start, p.end) : doc.text.slice(p.start, p.end)));
    if (!q) return inner;
    const speaker = q.quote.speaker ? entities.get(q.quote.speaker) ?? null : null;
    return (
      <>
        <q class={`quote q-${q.quote.kind}`} data-quote={q.quoteIndex}>{inner}</q>
        {last ? <SpeakerTag speaker={speaker} onSelect={props.onSelect} /> : null}
      </>
    );
  };

  return (
    <div class="article-text" ref={root}>
      {doc.blocks.map((block, bi) => {
        const events = eventsByBlock.get(bi) ?? [];
        const greyed = block.kind === 'caption' || block.kind === 'boilerplate';
        return (
          <div class={`block-row block-${block.kind}`} key={bi}>
            <p class={`block${greyed ? ' greyed' : ''}`} data-kind={block.kind} title={greyed ? `${block.kind} (${block.reason}): not read for events` : undefined}>
              {greyed ? <span class="block-kind">{block.kind}</span> : null}
              {cut(block.start, block.end, sentences).map((s) => {
                const evidence = active !== null && active.evidence.start < s.end && s.start < active.evidence.end;
                return (
                  <span class={`sentence${evidence ? ' evidence' : ''}`} key={s.start} data-start={s.mark?.start ?? s.start}>
                    {cut(s.start, s.end, quotes).map((qp) => quotePiece(qp.mark, qp.start, qp.end, qp.mark !== null && qp.end === qp.mark.end))}
                  </span>
                );
              })}
            </p>
            <ul class="block-events" aria-label={events.length ? `Events in this ${block.kind}` : undefined}>
              {events.map((ev) => <EventItem ev={ev} entities={entities} active={props.activeEvent === ev.id} onActive={props.onActiveEvent} key={ev.id}
                sentence={sentenceStartOf(sentences, ev.evidence.start)} />)}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function SpeakerTag(props: { speaker: Entity | null; onSelect: (s: Selection) => void }) {
  // A quote nobody is known to have said gets no tag: the text reads on undisturbed.
  if (!props.speaker) return null;
  const sp = props.speaker;
  return (
    <button type="button" class="speaker-tag" onClick={() => props.onSelect({ kind: 'entity', id: sp.id })} aria-label={`Quote by ${sp.name}: show`}>
      — {sp.name}
    </button>
  );
}
