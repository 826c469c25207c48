/** The page: a skip link, the header's navigation, and the view the URL's hash names. */
import { useEffect, useRef } from 'preact/hooks';
import { href, useRoute } from './lib/router.js';
import { ArticlesView } from './views/ArticlesView.js';
import { ArticleView } from './views/ArticleView.js';
import { AnalyzeView } from './views/AnalyzeView.js';
import { ActorsView } from './views/actors/ActorsView.js';
import { ActorView } from './views/actors/ActorView.js';
import { EventsView } from './views/events/EventsView.js';
import { ChecksView } from './views/ChecksView.js';

const NAV = [['articles', 'Articles'], ['events', 'Events'], ['actors', 'Actors'], ['checks', 'Name checks'], ['analyze', 'Analyse an article']] as const;

export function App() {
  const route = useRoute();
  const [section = 'articles', id] = route.path;
  const main = useRef<HTMLElement>(null);
  const page = `${section}/${id ?? ''}`;
  // A new view moves focus to the main region (not on filter changes), so screen readers announce it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus();
  }, [page]);
  useEffect(() => { document.title = `${NAV.find(([s]) => s === section)?.[1] ?? 'Attaché'} — Attaché`; }, [section]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header class="app-header">
        <a class="brand" href={href(['articles'])}>Attaché</a>
        <nav aria-label="Views">
          <ul>
            {NAV.map(([s, label]) => <li key={s}><a href={href([s])} aria-current={s === section ? 'page' : undefined}>{label}</a></li>)}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {section === 'articles' && id ? <ArticleView id={id} query={route.query} key={id} />
          : section === 'articles' ? <ArticlesView query={route.query} />
          : section === 'events' ? <EventsView query={route.query} />
          : section === 'actors' && id ? <ActorView id={id} key={id} />
          : section === 'actors' ? <ActorsView query={route.query} />
          : section === 'checks' ? <ChecksView query={route.query} />
          : section === 'analyze' ? <AnalyzeView />
          : <p>No such page. <a href={href(['articles'])}>Go to the articles.</a></p>}
      </main>
    </>
  );
}
