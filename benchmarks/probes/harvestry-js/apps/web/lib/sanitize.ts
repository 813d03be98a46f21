import sanitizeHtml from 'sanitize-html';

const BIO_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener', target: '_blank' }) },
};

export function sanitizeBio(html: string | null | undefined): string {
  return sanitizeHtml(html ?? '', BIO_OPTIONS);
}
