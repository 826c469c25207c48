/**
 * The article's side panel: the name checks (each a button that moves focus to the name in the
 * text), the selected check or entity with its knowledge-base record, the actors by type, and
 * the quotes with their speakers.
 */
import type { AnalysisDocument, Entity, NameCheck } from '../../api/analysis.js';
import { actorHref, TYPE_LABELS, typeClass } from './actorLink.js';
import { entityById, nameChecks } from './marks.js';
import type { Selection } from './ArticleText.js';

export function ArticlePanel(props: { doc: AnalysisDocument; selection: Selection; onSelect: (s: Selection) => void }) {
  const { doc, selection } = props;
  const checks = nameChecks(doc);
  const entities = entityById(doc);
  const focusCheck = (index: number) => {
    props.onSelect({ kind: 'check', index });
    document.getElementById(`check-${index}`)?.focus();
  };
  const selectedCheck = selection?.kind === 'check' ? checks[selection.index] ?? null : null;
  const selectedEntity = selection?.kind === 'entity' ? entities.get(selection.id) ?? null : null;
  const byType = new Map<string, Entity[]>();
  for (const e of doc.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);

  return (
    <aside class="article-panel" aria-label="Name checks, actors and quotes">
      <section aria-labelledby="checks-h">
        <h2 id="checks-h">Name checks <span class="count">{checks.length}</span></h2>
        {checks.length === 0 ? <p class="muted">{doc.date ? 'No name contradicts the record.' : 'Not checked: the article has no date, so no office is known to check names against.'}</p> : (
          <ol class="check-list">
            {checks.map(({ check }, i) => (
              <li key={i}>
                <button type="button" class={`link-button${selectedCheck === checks[i] ? ' current' : ''}`} onClick={() => focusCheck(i)}>
                  <span class="wrong-text">{check.surface}</span> → <strong>{check.right}</strong>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="detail-h" class="detail" aria-live="polite">
        <h2 id="detail-h">Details</h2>
        {selectedCheck ? <CheckDetail check={selectedCheck.check} entity={selectedCheck.entity} />
          : selectedEntity ? <EntityDetail entity={selectedEntity} />
          : <p class="muted">Choose a wrong name, a mention or a quote's speaker.</p>}
      </section>

      <section aria-labelledby="actors-h">
        <h2 id="actors-h">Actors</h2>
        {[...byType].map(([type, list]) => (
          <div class="type-group" key={type}>
            <h3><span class={`swatch ${typeClass(type)}`} aria-hidden="true" /> {TYPE_LABELS[type] ?? type.toLowerCase()}</h3>
            <ul class="chips">
              {list.map((e) => (
                <li key={e.id}>
                  <button type="button" class={`chip ${typeClass(type)}${selectedEntity === e ? ' current' : ''}`} aria-pressed={selectedEntity === e}
                    onClick={() => props.onSelect({ kind: 'entity', id: e.id })}>{e.name}</button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes <span class="count">{doc.quotes.length}</span></h2>
        <ol class="quote-list">
          {doc.quotes.map((q, i) => {
            const sp = q.speaker ? entities.get(q.speaker) : undefined;
            return (
              <li key={i}>
                <blockquote>{q.text}</blockquote>
                <span class="quote-by">{q.kind} · {sp ? <button type="button" class="link-button" onClick={() => props.onSelect({ kind: 'entity', id: sp.id })}>{sp.name}</button> : 'speaker unknown'}</span>
              </li>
            );
          })}
        </ol>
      </section>
    </aside>
  );
}

function CheckDetail(props: { check: NameCheck; entity: Entity }) {
  const { check, entity } = props;
  return (
    <div class="check-detail">
      <p><span class="wrong-text">{check.surface}</span> should read <strong class="right-name">{check.right}</strong> in place of “{check.wrong}”.</p>
      <dl>
        <dt>Why</dt><dd>{check.why}</dd>
        <dt>Kind</dt><dd>{check.kind}</dd>
        <dt>Confidence</dt><dd>{check.confidence.toFixed(2)}</dd>
        {check.evidence?.post ? <><dt>Office</dt><dd>{check.evidence.post}{check.evidence.date ? ` on ${check.evidence.date}` : ''}</dd></> : null}
        {check.evidence?.reading ? <><dt>Reading</dt><dd>{check.evidence.reading}</dd></> : null}
        {check.evidence?.source ? <><dt>Source</dt><dd>{check.evidence.source}</dd></> : null}
      </dl>
      <EntityDetail entity={entity} />
    </div>
  );
}

function EntityDetail(props: { entity: Entity }) {
  const e = props.entity;
  return (
    <div class="entity-detail">
      <h3>Record: <a href={actorHref(e)}>{e.name}</a></h3>
      <dl>
        <dt>Type</dt><dd>{TYPE_LABELS[e.type] ?? e.type}</dd>
        {e.wikidata ? <><dt>Wikidata</dt><dd>{e.wikidata}</dd></> : null}
        {e.country ? <><dt>Country</dt><dd>{e.country}</dd></> : null}
        {e.cameo ? <><dt>CAMEO</dt><dd>{e.cameo}</dd></> : null}
        {e.offices?.length ? <><dt>Offices</dt>{e.offices.map((o, i) => <dd key={i}>{o.post}{o.country ? `, ${o.country}` : ''} ({o.start ?? '?'} – {o.end ?? 'now'})</dd>)}</> : null}
        <dt>In the text</dt><dd>{[...new Set(e.mentions.map((m) => m.text))].join(', ')}</dd>
      </dl>
    </div>
  );
}
