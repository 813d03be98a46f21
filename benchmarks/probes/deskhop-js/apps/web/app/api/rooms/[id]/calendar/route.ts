import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { fetchRoomCalendar } from '@/lib/services/integrationService';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  try {
    await requireSession();
    const roomId = Number.parseInt(params.id, 10);
    if (!Number.isInteger(roomId) || roomId <= 0) {
      throw new HttpError(404, 'Room not found');
    }
    const day = req.nextUrl.searchParams.get('day') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      throw new HttpError(400, 'day must be YYYY-MM-DD');
    }
    const events = await fetchRoomCalendar(roomId, day);
    return NextResponse.json({ roomId, day, events });
  } catch (err) {
    return handleRouteError(err);
  }
}
