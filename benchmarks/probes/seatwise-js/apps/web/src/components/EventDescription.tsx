import DOMPurify from 'dompurify';
import { useMemo } from 'react';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote'];
const ALLOWED_ATTR = ['href', 'title'];

interface Props {
  html: string;
}

export function EventDescription({ html }: Props) {
  const clean = useMemo(() => DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR }), [html]);
  return (
    <section className="event-description">
      <h2>About this event</h2>
      <div className="rich-text" dangerouslySetInnerHTML={{ __html: clean }} />{/* SAFE xss */}
    </section>
  );
}
