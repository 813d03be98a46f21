import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';

export function SpaceDescription({ markdown }: { markdown: string }) {
  const html = DOMPurify.sanitize(marked.parse(markdown, { async: false }) as string, { USE_PROFILES: { html: true } });
  return <section className="space-description" dangerouslySetInnerHTML={{ __html: html }} />; // SAFE xss
}
