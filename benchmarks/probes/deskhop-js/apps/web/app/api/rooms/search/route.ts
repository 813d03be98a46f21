import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { findSpaces } from '@/lib/services/bookingService';
import { parseSite } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    const session = await requireSession();
    const params = req.nextUrl.searchParams;
    const site = parseSite(params.get('site') ?? session.site);
    const q = params.get('q') ?? '';
    if (q.length > 64) {
      throw new HttpError(400, 'Search term too long');
    }
    const results = await findSpaces(site, q, params.get('kind'));
    return NextResponse.json({ site, results });
  } catch (err) {
    return handleRouteError(err);
  }
}
