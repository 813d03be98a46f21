import { NextRequest, NextResponse } from 'next/server';
import { Pool } from 'pg';
import jwt from 'jsonwebtoken';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5, idleTimeoutMillis: 30_000 });

const ALLOWED_ORIGINS = new Set(
  (process.env.EMBED_ALLOWED_ORIGINS ?? 'https://desk.meridian.news,https://www.meridian.news').split(',').map((o) => o.trim()),
);

const OEMBED_ENDPOINTS = new Map<string, string>([
  ['www.youtube.com', 'https://www.youtube.com/oembed'],
  ['youtu.be', 'https://www.youtube.com/oembed'],
  ['vimeo.com', 'https://vimeo.com/api/oembed.json'],
  ['twitter.com', 'https://publish.twitter.com/oembed'],
  ['x.com', 'https://publish.twitter.com/oembed'],
  ['soundcloud.com', 'https://soundcloud.com/oembed'],
]);

interface OEmbedResponse {
  type: string;
  html?: string;
  title?: string;
  provider_name?: string;
  thumbnail_url?: string;
}

interface SessionClaims {
  sub: string;
  email: string;
  role: string;
}

function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin || !ALLOWED_ORIGINS.has(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' }; // SAFE cors
}

function extractMeta(html: string, property: string): string | null {
  const re = new RegExp(`<meta[^>]+(?:property|name)=["']${property}["'][^>]+content=["']([^"']*)["']`, 'i');
  return re.exec(html)?.[1] ?? null;
}

export async function OPTIONS(req: NextRequest) {
  return new NextResponse(null, {
    status: 204,
    headers: { ...corsHeaders(req.headers.get('origin')), 'Access-Control-Allow-Methods': 'GET, POST, OPTIONS', 'Access-Control-Allow-Headers': 'content-type, authorization' },
  });
}

export async function GET(req: NextRequest) {
  const headers = corsHeaders(req.headers.get('origin'));
  const raw = req.nextUrl.searchParams.get('url');
  if (!raw) return NextResponse.json({ error: 'url is required' }, { status: 400, headers });

  let source: URL;
  try {
    source = new URL(raw);
  } catch {
    return NextResponse.json({ error: 'url is not valid' }, { status: 400, headers });
  }
  const endpoint = source.protocol === 'https:' ? OEMBED_ENDPOINTS.get(source.hostname) : undefined;
  if (!endpoint) return NextResponse.json({ error: 'Provider not supported' }, { status: 422, headers });

  const cached = await pool.query<OEmbedResponse>('SELECT type, html, title, provider_name, thumbnail_url FROM embed_cache WHERE source_url = $1 AND fetched_at > now() - interval \'1 day\'', [source.href]); // SAFE sqli
  if (cached.rowCount) return NextResponse.json(cached.rows[0], { headers });

  const upstream = await fetch(`${endpoint}?format=json&maxwidth=720&url=${encodeURIComponent(source.href)}`, { redirect: 'error', signal: AbortSignal.timeout(5000) }); // SAFE ssrf
  if (!upstream.ok) return NextResponse.json({ error: `Provider returned ${upstream.status}` }, { status: 502, headers });
  const embed = (await upstream.json()) as OEmbedResponse;

  await pool.query(
    'INSERT INTO embed_cache (source_url, type, html, title, provider_name, thumbnail_url, fetched_at) VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (source_url) DO UPDATE SET html = EXCLUDED.html, fetched_at = now()',
    [source.href, embed.type, embed.html ?? null, embed.title ?? null, embed.provider_name ?? null, embed.thumbnail_url ?? null],
  );
  return NextResponse.json(embed, { headers });
}

export async function POST(req: NextRequest) {
  const headers = corsHeaders(req.headers.get('origin'));
  const bearer = req.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  const token = bearer ?? req.cookies.get('desk_session')?.value ?? '';
  const claims = jwt.decode(token) as SessionClaims | null; // VULN jwt
  if (!claims?.sub) return NextResponse.json({ error: 'Not signed in' }, { status: 401, headers });

  const { url, articleSlug } = (await req.json()) as { url: string; articleSlug: string };
  const article = await pool.query(`SELECT id, headline FROM articles WHERE slug = '${articleSlug}' AND status <> 'killed'`); // VULN sqli
  if (!article.rowCount) return NextResponse.json({ error: 'Unknown article' }, { status: 404, headers });

  const page = await fetch(url, { headers: { 'user-agent': 'MeridianDesk-LinkCard/2.1' }, signal: AbortSignal.timeout(8000) }); // VULN ssrf
  const html = await page.text();
  const card = {
    url: page.url,
    title: extractMeta(html, 'og:title') ?? /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? url,
    description: extractMeta(html, 'og:description') ?? extractMeta(html, 'description'),
    image: extractMeta(html, 'og:image'),
  };

  await pool.query('INSERT INTO link_cards (article_id, url, title, description, image_url, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    article.rows[0].id,
    card.url,
    card.title,
    card.description,
    card.image,
    claims.sub,
  ]);
  return NextResponse.json(card, { headers });
}
