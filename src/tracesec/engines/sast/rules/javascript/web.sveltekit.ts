import { error, redirect } from '@sveltejs/kit';
import type { Actions, RequestHandler } from './$types';
import { readFile } from 'node:fs/promises';

// SvelteKit: redirect(status, location) and a Response built by hand
export const GET: RequestHandler = async ({ url }) => {
  const next = url.searchParams.get('redirectTo') ?? '/';
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  redirect(303, next);
};

export const POST: RequestHandler = async ({ url }) => {
  // the site's own path, sent along as a parameter of a local page
  // ok: trace.javascript.open-redirect.tainted-redirect
  redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
};

export const PUT: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get('q');
  // ruleid: trace.javascript.xss.tainted-response
  return new Response(`<p>Results for ${q}</p>`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};

export const PATCH: RequestHandler = async ({ url }) => {
  const q = url.searchParams.get('q');
  // ok: trace.javascript.xss.tainted-response
  return new Response(JSON.stringify({ q }), { headers: { 'Content-Type': 'application/json' } });
};

export const DELETE: RequestHandler = async ({ params }) => {
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  return new Response(await readFile(`/srv/exports/${params.file}`));
};

export const actions: Actions = {
  default: async ({ request }) => {
    const form = await request.formData();
    // ruleid: trace.javascript.open-redirect.tainted-redirect
    redirect(303, String(form.get('next')));
  },
};

// SvelteKit's error() throws: the check before it is a guard
const PREVIEW_HOSTS = new Set(['example.com', 'docs.example.com']);
export const OPTIONS: RequestHandler = async ({ url }) => {
  const target = new URL(url.searchParams.get('link') ?? '');
  if (!PREVIEW_HOSTS.has(target.hostname)) error(400, 'links to this host cannot be previewed');
  // ok: trace.javascript.ssrf.tainted-url
  const page = await fetch(target);
  const other = new URL(url.searchParams.get('other') ?? '');
  // ruleid: trace.javascript.ssrf.tainted-url
  const unchecked = await fetch(other);
  return new Response(`${(await page.text()).length} ${(await unchecked.text()).length}`);
};
