import DOMPurify from 'dompurify';

export function Comment({ body }) {
  // ruleid: trace.javascript.xss.react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: body }} />;
}

export function SafeComment({ body }) {
  // ok: trace.javascript.xss.react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body) }} />;
}

export function Logo() {
  // ok: trace.javascript.xss.react-dangerously-set-inner-html
  return <span dangerouslySetInnerHTML={{ __html: "<b>Acme</b>" }} />;
}

export function EventDescription({ html }) {
  const clean = useMemo(() => DOMPurify.sanitize(html, { ALLOWED_TAGS: ['p', 'a'] }), [html]);
  // ok: trace.javascript.xss.react-dangerously-set-inner-html
  return <section dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Bio({ html }) {
  const shown = useMemo(() => html.trim(), [html]);
  // ruleid: trace.javascript.xss.react-dangerously-set-inner-html
  return <section dangerouslySetInnerHTML={{ __html: shown }} />;
}
