import { NextRequest, NextResponse } from 'next/server';
import { kioskClaimsFromAuthHeader } from '@/lib/auth/session';
import { getMongo, todayIso } from '@/lib/db/mongo';
import { handleRouteError } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

interface ExpectedVisitor {
  name: string;
  company?: string;
  email?: string;
  hostEmail: string;
  hostName?: string;
  status: string;
  day: string;
  site: string;
}

export async function GET(req: NextRequest) {
  try {
    const kiosk = kioskClaimsFromAuthHeader(req.headers.get('authorization'));
    if (!kiosk || !kiosk.scope.includes('visitors:read')) {
      return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
    }
    const db = await getMongo();
    const visitors = await db
      .collection<ExpectedVisitor>('visitors')
      .find({ site: kiosk.site, day: todayIso() }, { projection: { _id: 0, pin: 0, checkinCode: 0 } })
      .sort({ name: 1 })
      .toArray();
    return NextResponse.json({ site: kiosk.site, kiosk: kiosk.kioskId, visitors });
  } catch (err) {
    return handleRouteError(err);
  }
}
