import { NextRequest, NextResponse } from 'next/server';
import { pool } from './db';

// App Router route handlers: the dynamic segments arrive in the second parameter
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await pool.query(`SELECT * FROM posts WHERE slug = '${slug}'`);
  return NextResponse.json(rows);
}

export async function DELETE(request: NextRequest, context: { params: { id: string } }) {
  // ruleid: trace.javascript.sql-injection.tainted-query
  await pool.query(`DELETE FROM posts WHERE id = '${context.params.id}'`);
  // ok: trace.javascript.sql-injection.tainted-query
  await pool.query(`DELETE FROM drafts WHERE id = ${Number(context.params.id)}`);
  return new Response(null, { status: 204 });
}

// the same shape outside a route handler: a helper's own argument
export async function loadPost(request: NextRequest, { params }: { params: { slug: string } }) {
  // ok: trace.javascript.sql-injection.tainted-query
  return pool.query(`SELECT * FROM posts WHERE slug = '${params.slug}'`);
}

// a page's props: its route params and its query string
export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const hits = await pool.query(`SELECT * FROM posts WHERE title LIKE '%${q}%'`);
  return <ul>{hits.rows.map((h: { title: string }) => <li key={h.title}>{h.title}</li>)}</ul>;
}

export async function generateMetadata({ params }: { params: { slug: string } }) {
  // ruleid: trace.javascript.sql-injection.tainted-query
  const post = await pool.query(`SELECT title FROM posts WHERE slug = '${params.slug}'`);
  return { title: post.rows[0]?.title };
}

export function PostCard({ params }: { params: { slug: string } }) {
  // ok: trace.javascript.sql-injection.tainted-query
  void pool.query(`SELECT * FROM posts WHERE slug = '${params.slug}'`);
  return null;
}
