import { NextRequest, NextResponse } from 'next/server';
import { API_BASE, SESSION_COOKIE } from '@/lib/config';

export async function POST(req: NextRequest) {
  const input = (await req.json()) as { deskId: number; date: string; from: string; to: string; note?: string };
  const token = req.cookies.get(SESSION_COOKIE)?.value;
  if (!token) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const res = await fetch(`${API_BASE}/v1/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      deskId: Number(input.deskId),
      startsAt: new Date(`${input.date}T${input.from}`).toISOString(),
      endsAt: new Date(`${input.date}T${input.to}`).toISOString(),
      note: input.note,
    }),
    cache: 'no-store',
  });
  return NextResponse.json(await res.json(), { status: res.status });
}
