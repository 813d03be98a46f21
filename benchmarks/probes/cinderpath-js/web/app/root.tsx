import type { LinksFunction, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError } from '@remix-run/react';

export const meta: MetaFunction = () => [
  { title: 'Cinderpath · Wildfire inspection scheduling' },
  { name: 'description', content: 'Schedule and track your wildfire mitigation inspection.' },
];

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: '/static/portal.css' }];

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <header className="topbar">
          <a className="brand" href="/">
            Cinderpath
          </a>
        </header>
        <main className="container">{children}</main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    return (
      <section className="error">
        <h1>{error.status === 404 ? 'We could not find that page' : 'Something went wrong'}</h1>
        <p>{error.statusText}</p>
      </section>
    );
  }
  return (
    <section className="error">
      <h1>Something went wrong</h1>
      <p>Please try again in a few minutes.</p>
    </section>
  );
}
