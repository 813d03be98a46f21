import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const PREVIEW_HOSTS = new Set(['open.spotify.com', 'music.apple.com', 'www.youtube.com', 'soundcloud.com', 'tidal.com']);

const meta = (html: string, property: string) =>
  new RegExp(`<meta[^>]+property=["']${property}["'][^>]+content=["']([^"']*)["']`, 'i').exec(html)?.[1] ?? null;

export const GET: RequestHandler = async ({ url, fetch, locals }) => {
  if (!locals.user) error(401, 'unauthorized');
  let target: URL;
  try {
    target = new URL(url.searchParams.get('url') ?? '');
  } catch {
    error(400, 'invalid url');
  }
  if (target.protocol !== 'https:' || !PREVIEW_HOSTS.has(target.hostname)) error(400, 'links to this site cannot be previewed');

  const res = await fetch(target, { redirect: 'error', headers: { accept: 'text/html' } }); // SAFE ssrf
  const html = (await res.text()).slice(0, 200_000);
  return json({ url: target.href, title: meta(html, 'og:title'), image: meta(html, 'og:image') });
};
