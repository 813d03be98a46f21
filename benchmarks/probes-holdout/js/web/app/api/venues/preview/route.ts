import { NextRequest, NextResponse } from 'next/server';
import { fetchRemoteImage } from '@/lib/fetcher';
import { getSessionMember } from '@/lib/session';

export const runtime = 'nodejs';

interface PreviewBody {
  imageUrl?: unknown;
}

export async function POST(request: NextRequest) {
  const member = getSessionMember();
  if (!member) return NextResponse.json({ error: 'Log in to draft concerts' }, { status: 401 });

  const body = (await request.json().catch(() => ({}))) as PreviewBody;
  if (typeof body.imageUrl !== 'string' || body.imageUrl.length > 2048) {
    return NextResponse.json({ error: 'imageUrl is required' }, { status: 422 });
  }
  try {
    const image = await fetchRemoteImage(body.imageUrl);
    return new NextResponse(image.bytes, {
      headers: { 'Content-Type': image.contentType, 'Cache-Control': 'private, max-age=300' },
    });
  } catch (err) {
    return NextResponse.json({ error: (err as Error).message }, { status: 422 });
  }
}
