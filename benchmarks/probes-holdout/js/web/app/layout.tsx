import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getSessionMember } from '@/lib/session';

export const metadata: Metadata = {
  title: { default: 'Valvework Brass Band', template: '%s · Valvework' },
  description: 'Concerts, rehearsals and membership for the Valvework Brass Band Association.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const member = getSessionMember();
  return (
    <html lang="en-GB">
      <body>
        <header className="site-header">
          <a className="brand" href="/">Valvework</a>
          <nav>
            <a href="/concerts">Concerts</a>
            <a href="/tickets">Tickets</a>
            {member ? <span className="who">Signed in as {member.name}</span> : <a href="/login">Log in</a>}
          </nav>
        </header>
        <main>{children}</main>
        <footer className="site-footer">Valvework Brass Band Association · Registered charity 1123456</footer>
      </body>
    </html>
  );
}
