'use client';

import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import DOMPurify from 'isomorphic-dompurify';

const DESK_API = process.env.NEXT_PUBLIC_DESK_API_URL ?? 'https://desk-api.meridian.news';

const EMBED_PURIFY_OPTIONS = {
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allow', 'allowfullscreen', 'frameborder', 'scrolling'],
  FORBID_TAGS: ['script', 'style'],
};

interface OEmbed {
  type: string;
  html?: string;
  title?: string;
  provider_name?: string;
}

interface LinkCard {
  url: string;
  title: string;
  description: string | null;
  image: string | null;
}

interface IssuePreview {
  subject: string;
  preheader: string;
  items: { id: number; headline: string; standfirst: string | null }[];
}

export function EmbedPreview({ sourceUrl, articleSlug }: { sourceUrl: string; articleSlug: string }) {
  const [embed, setEmbed] = useState<OEmbed | null>(null);
  const [status, setStatus] = useState<'loading' | 'embed' | 'card' | 'error'>('loading');
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    fetch(`/api/embeds?url=${encodeURIComponent(sourceUrl)}`, { credentials: 'include' })
      .then(async (res) => {
        if (cancelled) return;
        if (res.ok) {
          setEmbed((await res.json()) as OEmbed);
          setStatus('embed');
        } else {
          setEmbed(null);
          setStatus(res.status === 422 ? 'card' : 'error');
        }
      })
      .catch(() => !cancelled && setStatus('error'));
    return () => {
      cancelled = true;
    };
  }, [sourceUrl]);

  useEffect(() => {
    if (status !== 'card') return;
    fetch('/api/embeds', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: sourceUrl, articleSlug }),
    })
      .then((res) => (res.ok ? (res.json() as Promise<LinkCard>) : Promise.reject(new Error(String(res.status)))))
      .then((card) => {
        if (!cardRef.current) return;
        cardRef.current.innerHTML = `<a href="${card.url}" target="_blank" rel="noopener"><strong>${card.title}</strong><p>${card.description ?? ''}</p></a>`; // VULN xss
      })
      .catch(() => setStatus('error'));
  }, [status, sourceUrl, articleSlug]);

  return (
    <figure className="embed-preview" data-status={status}>
      {status === 'embed' && embed?.html && <div className="embed-frame" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(embed.html, EMBED_PURIFY_OPTIONS) }} />}{/* SAFE xss */}
      {status === 'card' && <div ref={cardRef} className="link-card" />}
      {status === 'loading' && <p className="embed-loading">Resolving embed…</p>}
      {status === 'error' && <p className="embed-error">Could not preview {sourceUrl}</p>}
      {embed?.provider_name && <figcaption>{embed.provider_name}</figcaption>}
    </figure>
  );
}

export function NewsletterPreviewPane({ issueId }: { issueId: number }) {
  const params = useSearchParams();
  const intro = params.get('intro') ?? '';
  const [issue, setIssue] = useState<IssuePreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(`${DESK_API}/newsletters/${issueId}/summary`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<IssuePreview>) : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then(setIssue)
      .catch((err: Error) => setError(err.message));
  }, [issueId]);

  if (error) return <p className="preview-error">Preview unavailable: {error}</p>;

  return (
    <section className="newsletter-preview">
      <header>
        <h2>{issue?.subject ?? 'Loading issue…'}</h2>
        <span className="preheader">{issue?.preheader}</span>
      </header>
      {intro && <div className="editor-intro" dangerouslySetInnerHTML={{ __html: intro }} />}{/* VULN xss */}
      <ol className="issue-items">
        {issue?.items.map((item) => (
          <li key={item.id}>
            <a href={`/desk/articles/${item.id}`}>{item.headline}</a>
            {item.standfirst && <p>{item.standfirst}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
