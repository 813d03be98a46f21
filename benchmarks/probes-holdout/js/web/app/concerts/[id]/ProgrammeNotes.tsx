'use client';

import { useState } from 'react';
import DOMPurify from 'isomorphic-dompurify';

const PREVIEW_CHARS = 600;

/** Programme notes are written by the organiser in the rich-text editor. */
export function ProgrammeNotes({ html }: { html: string }) {
  const [expanded, setExpanded] = useState(false);
  const long = html.length > PREVIEW_CHARS;
  return (
    <section className="notes">
      <h2>Programme notes</h2>
      <div className={expanded || !long ? 'rich-text' : 'rich-text clamped'} dangerouslySetInnerHTML={{ __html: html }} /> {/* VULN xss */}
      {long ? (
        <button type="button" className="link" onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : 'Read more'}
        </button>
      ) : null}
    </section>
  );
}

const BIO_TAGS = ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br'];

export function SoloistBio({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, { ALLOWED_TAGS: BIO_TAGS, ALLOWED_ATTR: ['href'] });
  return (
    <aside className="soloist">
      <h2>About the soloist</h2>
      <div dangerouslySetInnerHTML={{ __html: clean }} /> {/* SAFE xss */}
    </aside>
  );
}
