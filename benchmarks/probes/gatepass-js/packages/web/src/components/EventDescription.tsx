import DOMPurify from 'dompurify';
import { useMemo } from 'react';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4'];

export function EventDescription({ html }: { html: string }) {
  const clean = useMemo(() => DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'] }), [html]);
  return <section className="event-description" dangerouslySetInnerHTML={{ __html: clean }} />; // SAFE xss
}
