import { json } from '@sveltejs/kit';
import type { Actions, Handle, PageServerLoad, RequestHandler } from './$types';
import { exec } from 'node:child_process';
import { db } from '$lib/server/db';

// SvelteKit hands endpoints, load functions, form actions and hooks a RequestEvent:
// route params, the URL, cookies and the Fetch API Request
export const GET: RequestHandler = async ({ url, params, cookies }) => {
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await db.query(`SELECT * FROM lessons WHERE course = '${params.course}'`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  const hits = await db.query(`SELECT * FROM lessons WHERE title LIKE '%${url.searchParams.get('q')}%'`);
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`logger "theme ${cookies.get('theme')}"`);
  // the site's own origin
  // ok: trace.javascript.command-injection.tainted-shell-command
  exec(`logger "served from ${url.origin}"`);
  return json({ rows, hits });
};

export async function DELETE(event) {
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`DELETE FROM lessons WHERE id = '${event.params.id}'`);
  // ok: trace.javascript.sql-injection.tainted-query
  await db.query(`DELETE FROM drafts WHERE id = ${Number(event.params.id)}`);
  return new Response(null, { status: 204 });
}

export const load: PageServerLoad = async ({ params }) => {
  // ruleid: trace.javascript.sql-injection.tainted-query
  return { lesson: await db.query(`SELECT * FROM lessons WHERE slug = '${params.slug}'`) };
};

export const actions: Actions = {
  enrol: async ({ request }) => {
    const form = await request.formData();
    // ruleid: trace.javascript.sql-injection.tainted-query
    await db.query(`INSERT INTO enrolments (student) VALUES ('${form.get('student')}')`);
  },
  rename: async (event) => {
    const form = await event.request.formData();
    // ruleid: trace.javascript.sql-injection.tainted-query
    await db.query(`UPDATE courses SET title = '${form.get('title')}'`);
  },
};

export const handle: Handle = async ({ event, resolve }) => {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`logger "preview ${event.url.searchParams.get('preview')}"`);
  return resolve(event);
};

// a helper with the same parameter names is not an endpoint
export async function lessonsFor({ params, url }: { params: { course: string }; url: URL }) {
  // ok: trace.javascript.sql-injection.tainted-query
  return db.query(`SELECT * FROM lessons WHERE course = '${params.course}' AND q = '${url.searchParams.get('q')}'`);
}
