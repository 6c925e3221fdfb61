import { ApiKeyPanel } from './components/api-key-panel';
import { Empty } from './components/status';
import { CountryPage } from './pages/country';
import { FollowUpsPage } from './pages/follow-ups';
import { MeetingPage } from './pages/meeting';
import { MeetingsPage } from './pages/meetings';
import { OverviewPage } from './pages/overview';
import { useLang } from './state/lang';
import { follow, href, parseRoute, type Route, useLocation } from './state/route';

const NAV: { path: string; label: string; pages: Route['page'][] }[] = [
  { path: '/', label: 'Overview', pages: ['overview', 'country'] },
  { path: '/meetings', label: 'Meetings', pages: ['meetings', 'meeting'] },
  { path: '/follow-ups', label: 'Follow-up', pages: ['follow-ups'] },
];

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'country':
      return <CountryPage key={route.code} code={route.code} />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'follow-ups':
      return <FollowUpsPage />;
    case 'not-found':
      return (
        <Empty>
          There is no such page.{' '}
          <a href="/" onClick={follow}>
            Go to the overview
          </a>
          .
        </Empty>
      );
  }
}

export function App() {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname);
  const lang = useLang();
  const withLang = (l: 'en' | 'fr') => {
    const params = Object.fromEntries([...new Set(search.keys())].map((k) => [k, search.getAll(k)]));
    return href(pathname, { ...params, lang: l === 'fr' ? 'fr' : null });
  };
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top no-print">
        <div className="brand">
          <strong>Concord</strong> <span className="muted">human-rights technical cooperation</span>
        </div>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.path}>
                <a href={href(n.path)} onClick={follow} aria-current={n.pages.includes(route.page) ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="tools">
          <div className="lang" role="group" aria-label="Language of codelist labels">
            <a href={withLang('en')} onClick={follow} aria-current={lang === 'en' ? 'true' : undefined} lang="en">
              EN
            </a>
            <a href={withLang('fr')} onClick={follow} aria-current={lang === 'fr' ? 'true' : undefined} lang="fr">
              FR
            </a>
          </div>
          <ApiKeyPanel />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer className="no-print">
        <p className="muted">
          Data: IATI activities mirrored from UN agencies, OHCHR technical cooperation and UHRI-shaped recommendations. Map: Natural Earth via world-atlas. Everything here comes
          from the public GraphQL API at <a href="/graphql">/graphql</a>.
        </p>
      </footer>
    </>
  );
}
