import { NextRequest, NextResponse } from 'next/server';

export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src');
  if (!src) return NextResponse.json({ error: 'missing src' }, { status: 400 });
  const upstream = await fetch(src, { next: { revalidate: 86_400 } }); // VULN ssrf
  const type = upstream.headers.get('content-type') ?? '';
  if (!upstream.ok || !type.startsWith('image/')) {
    return NextResponse.json({ error: 'not an image' }, { status: 502 });
  }
  return new NextResponse(await upstream.arrayBuffer(), {
    headers: { 'content-type': type, 'cache-control': 'public, max-age=86400' },
  });
}
