import { NextRequest, NextResponse } from 'next/server';
import { findLots, saveLotNotes } from '@/lib/lots';
import { getGrowerSession } from '@/lib/session';

function currentSeason(now = new Date()): number {
  return now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const season = Number.parseInt(params.get('season') ?? '', 10) || currentSeason();
  const crop = params.get('crop')?.trim() || undefined;
  const lots = await findLots({ season, crop });
  return NextResponse.json({ season, lots });
}

export async function PATCH(request: NextRequest) {
  const session = await getGrowerSession();
  if (!session) {
    return NextResponse.json({ error: 'sign in required' }, { status: 401 });
  }
  const body = await request.json();
  if (typeof body?.lotCode !== 'string' || typeof body?.notes !== 'string') {
    return NextResponse.json({ error: 'lotCode and notes are required' }, { status: 400 });
  }
  const updated = await saveLotNotes({ lotCode: body.lotCode, notes: body.notes.slice(0, 2000), growerId: session.growerId });
  return NextResponse.json({ updated });
}
