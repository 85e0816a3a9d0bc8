/**
 * @module layout
 * The page frame: head with our own stylesheet and script (no inline code, see the CSP),
 * header with navigation, main content.
 */
import type { Child } from 'hono/jsx';
import { roleAtLeast } from '../../model/principal.ts';
import { AccountBar, requestContext } from './account-bar.tsx';

export interface LayoutProps {
  readonly title: string;
  /** Which nav entry is current. */
  readonly active?:
    | 'documents'
    | 'search'
    | 'import'
    | 'entities'
    | 'commitments'
    | 'formats'
    | 'calendar'
    | 'new'
    | 'sources'
    | 'jobs'
    | 'queue'
    | 'audit';
  readonly children?: Child;
}

const NAV = [
  { key: 'documents', href: '/', text: 'Documents' },
  { key: 'search', href: '/search', text: 'Search' },
  { key: 'entities', href: '/entities', text: 'Entities' },
  { key: 'commitments', href: '/commitments', text: 'Commitments' },
  { key: 'formats', href: '/formats', text: 'Formats' },
  { key: 'calendar', href: '/calendar', text: 'Calendar' },
  { key: 'new', href: '/new', text: 'New' },
  { key: 'sources', href: '/sources', text: 'Sources' },
  { key: 'queue', href: '/queue', text: 'Review' },
  { key: 'import', href: '/import', text: 'Import' },
  { key: 'audit', href: '/audit', text: 'Audit' },
  { key: 'jobs', href: '/jobs', text: 'Jobs' },
] as const;

/** The HTML page around a page's content. @example <Layout title="Documents">…</Layout> */
export function Layout({ title, active, children }: LayoutProps) {
  const c = requestContext();
  const csrf = c?.get('auth')?.csrfToken;
  const user = c?.get('user');
  // Pages rendered outside a request (tests of components) show every entry.
  const nav = NAV.filter((n) => n.key !== 'import' || !c || (user && roleAtLeast(user.role, 'analyst')));
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · Concord</title>
        {csrf ? <meta name="csrf-token" content={csrf} /> : null}
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <header class="site">
          <a class="brand" href="/">
            Concord
          </a>
          <nav>
            {nav.map((n) => (
              <a href={n.href} aria-current={active === n.key ? 'page' : undefined}>
                {n.text}
              </a>
            ))}
          </nav>
          <AccountBar />
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
