/** An analysed article: the marked text with its events, and the side panel. Shared by the stored-article view and the paste box. */
import { useState } from 'preact/hooks';
import type { AnalysisDocument } from '../../api/analysis.js';
import { ExportButtons } from '../../components/ExportButtons.js';
import { ArticlePanel } from './ArticlePanel.js';
import { ArticleText, type Selection } from './ArticleText.js';
import { entityById } from './marks.js';
import { actorNames } from './EventItem.js';

export function ArticleDocument(props: { doc: AnalysisDocument; initial?: Selection }) {
  const { doc } = props;
  const [selection, setSelection] = useState<Selection>(props.initial ?? null);
  const [activeEvent, setActiveEvent] = useState<string | null>(null);
  const entities = entityById(doc);
  const eventRows = () => doc.events.map((e) => ({
    id: e.id, date: e.date?.start ?? null, plover: e.plover.type, mode: e.plover.mode, cameo: e.cameo.code, goldstein: e.cameo.goldstein ?? null,
    source: actorNames(e.source, entities), sourceCode: e.cameo.source, target: actorNames(e.target, entities), targetCode: e.cameo.target,
    place: e.place?.name ?? null, placeCountry: e.place?.country ?? null, modality: e.modality, evidence: e.evidence.text,
  }));
  return (
    <div class="article-doc">
      {doc.warnings.length > 0 ? (
        // What the analysis could not do ("the article has no date": no name was checked against an office) is said,
        // so that an empty list of checks never reads as a clean article.
        <ul class="analysis-warnings" aria-label="Warnings">
          {doc.warnings.map((w) => <li key={w.code + w.message}><strong>{w.code}</strong> {w.message}</li>)}
        </ul>
      ) : null}
      <div class="article-head">
        <ul class="legend" aria-label="Legend">
          <li><span class="mention t-person">person</span></li>
          <li><span class="mention t-org">organisation</span></li>
          <li><span class="mention t-gpe">country or city</span></li>
          <li><span class="mention t-loc">place</span></li>
          <li><span class="mention wrong-sample">wrong name</span></li>
          <li><q class="quote">quote</q></li>
          <li><span class="greyed">caption, boilerplate</span></li>
        </ul>
        <ExportButtons name="article-events" columns={['id', 'date', 'plover', 'mode', 'cameo', 'goldstein', 'source', 'sourceCode', 'target', 'targetCode', 'place', 'placeCountry', 'modality', 'evidence']}
          rows={eventRows} json={() => doc} />
      </div>
      <div class="article-layout">
        <div class="article-main">
          <div class="article-cols" aria-hidden="true"><span>Text</span><span>Events</span></div>
          <ArticleText doc={doc} selection={selection} onSelect={setSelection} activeEvent={activeEvent} onActiveEvent={setActiveEvent} />
        </div>
        <ArticlePanel doc={doc} selection={selection} onSelect={setSelection} />
      </div>
    </div>
  );
}
