/**
 * The who-met-whom network of CONSULT events, drawn by cytoscape (force-directed 'cose' layout):
 * an actor is a node (keyed by its actor id) sized by its meetings, a pair an edge as thick as its
 * count. Choosing a node opens that actor's page. The table below gives the same pairs to the
 * keyboard and to screen readers, as the canvas cannot: each name links to its actor page, and a
 * button beside it keeps only that actor's events (`actor=<id>`).
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { href, navigate } from '../../lib/router.js';
import type { EventRow } from '../../api/routes.js';
import { consultPairs } from './pairs.js';

/** Enough nodes to read; the busiest actors first. */
const MAX_NODES = 60;

export function EventsNetwork(props: { rows: readonly EventRow[]; typeFilter: string | null; onActor: (id: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const { pairs, actors } = consultPairs(props.rows);
  const keep = new Set([...actors.values()].sort((a, b) => b.meetings - a.meetings || a.id.localeCompare(b.id)).slice(0, MAX_NODES).map((a) => a.id));
  const shown = pairs.filter((p) => keep.has(p.aId) && keep.has(p.bId));
  const key = JSON.stringify(shown);

  useEffect(() => {
    if (!box.current || !shown.length) return;
    const maxDeg = Math.max(...[...keep].map((id) => actors.get(id)?.meetings ?? 0));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...[...keep].filter((id) => shown.some((p) => p.aId === id || p.bId === id))
          .map((id) => ({ data: { id, label: actors.get(id)?.name ?? id, weight: actors.get(id)?.meetings ?? 1 } })),
        ...shown.map((p, i) => ({ data: { id: `p${i}`, source: p.aId, target: p.bId, count: p.count } })),
      ],
      style: [
        { selector: 'node', style: {
          label: 'data(label)', 'font-size': 12, 'text-wrap': 'ellipsis', 'text-max-width': '140px', 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1b2430',
          'background-color': '#2f6db5', width: `mapData(weight, 1, ${Math.max(2, maxDeg)}, 10, 38)`, height: `mapData(weight, 1, ${Math.max(2, maxDeg)}, 10, 38)`,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
        } },
        { selector: 'edge', style: { width: 'mapData(count, 1, 10, 1, 8)', 'line-color': '#9fb3c8', 'curve-style': 'haystack' } },
        { selector: 'node:selected', style: { 'background-color': '#c2410c' } },
      ],
      // Strong repulsion and long edges spread a star around one busy actor over the box's width.
      layout: {
        name: 'cose', animate: false, randomize: false, padding: 24, nodeRepulsion: () => 400_000, idealEdgeLength: () => 90, gravity: 0.2,
        nodeOverlap: 20, componentSpacing: 60, boundingBox: { x1: 0, y1: 0, w: box.current.clientWidth, h: box.current.clientHeight },
      } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => navigate(href(['actors', e.target.id() as string])));
    cy.on('mouseover', 'node', () => { box.current?.classList.add('pointing'); });
    cy.on('mouseout', 'node', () => { box.current?.classList.remove('pointing'); });
    // The browser tests find a node's place on the canvas through this (a DOM property, no global).
    (box.current as HTMLDivElement & { cy?: cytoscape.Core }).cy = cy;
    return () => cy.destroy();
  }, [key]);

  return (
    <section class="network" aria-label="Who met whom">
      {props.typeFilter && props.typeFilter !== 'CONSULT'
        ? <p class="muted">The network draws CONSULT events; the type filter is {props.typeFilter}.</p> : null}
      {shown.length === 0 ? <p class="muted">No CONSULT event with two sides among these events.</p> : (
        <>
          <div class="network-canvas" ref={box} role="img" aria-label={`Network of ${keep.size} actors and ${shown.length} pairs who met; the table below lists the pairs.`} />
          <p class="muted">{actors.size > MAX_NODES ? `The ${MAX_NODES} actors with the most meetings of ${actors.size}. ` : ''}Choose an actor to open its page; in the table, ⊕ keeps only its events.</p>
          <table class="data pairs">
            <caption>Pairs who met, most meetings first</caption>
            <thead><tr><th scope="col">Actor</th><th scope="col">Met</th><th scope="col" class="num">Meetings</th><th scope="col">Last</th></tr></thead>
            <tbody>
              {shown.slice(0, 50).map((p) => (
                <tr key={`${p.aId}|${p.bId}`}>
                  <td><ActorCell id={p.aId} name={p.a} onActor={props.onActor} /></td>
                  <td><ActorCell id={p.bId} name={p.b} onActor={props.onActor} /></td>
                  <td class="num">{p.count}</td><td class="nowrap">{p.last ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** A pair's actor: its name links to its page, ⊕ keeps only its events. */
function ActorCell(props: { id: string; name: string; onActor: (id: string) => void }) {
  return (
    <>
      <a href={href(['actors', props.id])} title={`Actor page of ${props.name}`}>{props.name}</a>{' '}
      <button type="button" class="link-button filter-link" onClick={() => props.onActor(props.id)} title={`Only the events of ${props.name}`} aria-label={`Only the events of ${props.name}`}>⊕</button>
    </>
  );
}
