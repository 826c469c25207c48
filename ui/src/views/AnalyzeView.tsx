/** The paste box: runs `analyze` on the text (POST /analyze, nothing stored) and shows the result in the article view. */
import { useRef, useState } from 'preact/hooks';
import type { AnalysisDocument } from '../api/analysis.js';
import { analyze, ApiError } from '../api/client.js';
import { TokenForm } from '../components/Status.js';
import { ArticleDocument } from './article/ArticleDocument.js';

export function AnalyzeView() {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string; auth: boolean } | { kind: 'done'; doc: AnalysisDocument }>({ kind: 'idle' });
  const resultRef = useRef<HTMLElement>(null);

  const run = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setState({ kind: 'error', message: 'Paste an article first.', auth: false });
    setState({ kind: 'busy' });
    try {
      const doc = await analyze({ text, title, date });
      setState({ kind: 'done', doc });
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err), auth: err instanceof ApiError && err.status === 401 });
    }
  };

  return (
    <div class="analyze-view">
      <header class="view-head"><h1>Analyse an article</h1><p class="muted">Paste the text of an article: it is analysed on the spot and not stored.</p></header>
      <form class="analyze-form" onSubmit={run} aria-describedby="analyze-status">
        <div class="analyze-fields">
          <div class="field"><label for="an-title">Title (optional)</label><input id="an-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} /></div>
          <div class="field"><label for="an-date">Date of the article</label><input id="an-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} /></div>
          <div class="field buttons"><button type="submit" class="primary" disabled={state.kind === 'busy'}>Analyse</button></div>
        </div>
        <div class="field">
          <label for="an-text">Article text</label>
          <textarea id="an-text" rows={state.kind === 'done' ? 4 : 14} value={text} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} />
        </div>
        <div id="analyze-status" class="status" role="status" aria-live="polite">
          {state.kind === 'busy' ? 'Analysing…' : state.kind === 'error' ? `Could not analyse: ${state.message}` : state.kind === 'done'
            ? `Analysed: ${state.doc.entities.length} actors, ${state.doc.events.length} events, ${state.doc.entities.reduce((n, e) => n + e.nameChecks.length, 0)} name checks.` : ''}
        </div>
      </form>
      {state.kind === 'error' && state.auth ? <TokenForm onSet={() => setState({ kind: 'idle' })} /> : null}
      {state.kind === 'done' ? (
        <section class="analyze-result" aria-label="Analysis" tabIndex={-1} ref={resultRef}>
          <ArticleDocument doc={state.doc} key={state.doc.id} />
        </section>
      ) : null}
    </div>
  );
}
