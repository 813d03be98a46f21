import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { desksInZone, roomByCode } from '@/lib/services/floorplanService';
import { parseSite } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const ROOM_CODE = /^[A-Z]{1,3}-\d{1,3}$/;

export async function GET(req: NextRequest, { params }: { params: { site: string } }) {
  try {
    await requireSession();
    const site = parseSite(params.site);
    const search = req.nextUrl.searchParams;

    const room = search.get('room');
    if (room !== null) {
      if (!ROOM_CODE.test(room)) {
        throw new HttpError(400, 'Room codes look like "B-12"');
      }
      const found = await roomByCode(site, room);
      if (!found) throw new HttpError(404, 'Room not on this floor plan');
      return NextResponse.json(found);
    }

    const zone = search.get('zone');
    if (!zone || zone.length > 40) {
      throw new HttpError(400, 'zone or room is required');
    }
    return NextResponse.json({ site, zone, desks: await desksInZone(site, zone) });
  } catch (err) {
    return handleRouteError(err);
  }
}
