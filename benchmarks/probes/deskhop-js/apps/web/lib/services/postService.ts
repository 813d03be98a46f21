import { randomUUID } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import type { Session } from '../auth/session';
import { HttpError } from '../http/errors';
import {
  findPostBySlug,
  insertPost,
  latestPosts,
  pushComment,
  searchPostsByTitle,
  slugExists,
  type PostDoc,
} from '../repositories/postRepository';
import type { NewPostInput } from '../validation';

const POST_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'h3', 'h4'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function excerptOf(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return text.length > 180 ? `${text.slice(0, 177)}...` : text;
}

export async function publishPost(author: Session, input: NewPostInput): Promise<PostDoc> {
  const bodyHtml = sanitizeHtml(input.body, POST_HTML);
  let slug = slugify(input.title) || 'post';
  if (await slugExists(slug)) {
    slug = `${slug}-${randomUUID().slice(0, 6)}`;
  }
  const now = new Date();
  return insertPost({
    slug,
    site: input.site,
    title: input.title,
    bodyHtml,
    excerpt: excerptOf(bodyHtml),
    tags: input.tags,
    authorId: author.memberId,
    authorName: author.name,
    comments: [],
    createdAt: now,
    updatedAt: now,
  });
}

export async function getPostBySlug(slug: string): Promise<PostDoc | null> {
  return findPostBySlug(slug);
}

export async function searchPosts(site: string, query: string): Promise<PostDoc[]> {
  const needle = query.trim().toLowerCase();
  if (needle.length === 0) return latestPosts(site);
  return searchPostsByTitle(site, needle);
}

export async function addComment(slug: string, author: Session, text: string): Promise<void> {
  const ok = await pushComment(slug, {
    id: randomUUID(),
    authorId: author.memberId,
    authorName: author.name,
    authorHandle: author.handle,
    text,
    createdAt: new Date(),
  });
  if (!ok) {
    throw new HttpError(404, 'Post not found');
  }
}

export { latestPosts };
