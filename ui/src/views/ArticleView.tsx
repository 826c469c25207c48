/** A stored article (GET /articles/{id}) in the article view; `?check=N` opens with a name check chosen. */
import { useEffect } from 'preact/hooks';
import { getJson } from '../api/client.js';
import type { ArticleAnswer } from '../api/routes.js';
import { Status } from '../components/Status.js';
import { safeHref } from '../lib/safeUrl.js';
import { useFetch } from '../lib/useFetch.js';
import { ArticleDocument } from './article/ArticleDocument.js';
import { nameChecks } from './article/marks.js';

export function ArticleView(props: { id: string; query: URLSearchParams }) {
  const res = useFetch((signal) => getJson<ArticleAnswer>(`/articles/${encodeURIComponent(props.id)}`, undefined, signal), [props.id]);
  const at = Number(props.query.get('at') ?? NaN);
  const checkIndex = res.state === 'done' && Number.isFinite(at) ? nameChecks(res.data.analysis).findIndex((c) => c.check.start === at) : -1;
  useEffect(() => {
    if (checkIndex >= 0) document.getElementById(`check-${checkIndex}`)?.focus();
  }, [checkIndex]);
  if (res.state !== 'done') return <Status state={res.state} message={res.state === 'error' ? res.message : null} status={res.state === 'error' ? res.status : null} />;
  const { article, analysis } = res.data;
  return (
    <article class="article-view" aria-labelledby="article-h">
      <header class="view-head">
        <h1 id="article-h">{article.title ?? analysis.title ?? 'Untitled article'}</h1>
        <p class="muted">
          {[article.date ?? analysis.date, article.source].filter(Boolean).join(' · ')}
          {article.url ? <> · <UrlText url={article.url} /></> : null}
        </p>
      </header>
      <ArticleDocument doc={analysis} initial={checkIndex >= 0 ? { kind: 'check', index: checkIndex } : null} key={analysis.id} />
    </article>
  );
}

/** The source's address: a link when it is http(s), else plain text. */
function UrlText(props: { url: string }) {
  const target = safeHref(props.url);
  return target ? <a class="url" href={target} rel="noopener noreferrer" target="_blank">{props.url}</a> : <span class="url">{props.url}</span>;
}
