/**
 * The who-met-whom network of CONSULT events, drawn by cytoscape (force-directed 'cose' layout):
 * an actor is a node sized by its meetings, a pair an edge as thick as its count. Choosing a node
 * filters the events by that actor. The table below gives the same pairs to the keyboard and to
 * screen readers, as the canvas cannot.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { EventRow } from '../../api/routes.js';
import { consultPairs } from './pairs.js';

/** Enough nodes to read; the busiest actors first. */
const MAX_NODES = 60;

export function EventsNetwork(props: { rows: readonly EventRow[]; typeFilter: string | null; onActor: (name: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const { pairs, actors } = consultPairs(props.rows);
  const keep = new Set([...actors].sort((a, b) => b[1] - a[1]).slice(0, MAX_NODES).map(([n]) => n));
  const shown = pairs.filter((p) => keep.has(p.a) && keep.has(p.b));
  const key = JSON.stringify(shown);
  const onActor = useRef(props.onActor);
  onActor.current = props.onActor;

  useEffect(() => {
    if (!box.current || !shown.length) return;
    const maxDeg = Math.max(...[...keep].map((n) => actors.get(n) ?? 0));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...[...keep].filter((n) => shown.some((p) => p.a === n || p.b === n)).map((n) => ({ data: { id: n, label: n, weight: actors.get(n) ?? 1 } })),
        ...shown.map((p, i) => ({ data: { id: `p${i}`, source: p.a, target: p.b, count: p.count } })),
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
    cy.on('tap', 'node', (e) => onActor.current(e.target.id() as string));
    return () => cy.destroy();
  }, [key]);

  return (
    <section class="network" aria-label="Who met whom">
      {props.typeFilter && props.typeFilter !== 'CONSULT'
        ? <p class="muted">The network draws CONSULT events; the type filter is {props.typeFilter}.</p> : null}
      {shown.length === 0 ? <p class="muted">No CONSULT event with two sides among these events.</p> : (
        <>
          <div class="network-canvas" ref={box} role="img" aria-label={`Network of ${keep.size} actors and ${shown.length} pairs who met; the table below lists the pairs.`} />
          <p class="muted">{actors.size > MAX_NODES ? `The ${MAX_NODES} actors with the most meetings of ${actors.size}. ` : ''}Choose an actor to show its events.</p>
          <table class="data pairs">
            <caption>Pairs who met, most meetings first</caption>
            <thead><tr><th scope="col">Actor</th><th scope="col">Met</th><th scope="col" class="num">Meetings</th><th scope="col">Last</th></tr></thead>
            <tbody>
              {shown.slice(0, 50).map((p) => (
                <tr key={`${p.a}|${p.b}`}>
                  <td><button type="button" class="link-button" onClick={() => props.onActor(p.a)}>{p.a}</button></td>
                  <td><button type="button" class="link-button" onClick={() => props.onActor(p.b)}>{p.b}</button></td>
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
