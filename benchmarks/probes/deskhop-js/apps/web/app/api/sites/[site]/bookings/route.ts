import { NextRequest, NextResponse } from 'next/server';
import { requireRole } from '@/lib/auth/session';
import { handleRouteError } from '@/lib/http/errors';
import { listSiteBookings } from '@/lib/services/bookingService';
import { bookingListQuery } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, { params }: { params: { site: string } }) {
  try {
    await requireRole('host');
    const search = req.nextUrl.searchParams;
    const query = bookingListQuery.parse({
      site: params.site,
      sort: search.get('sort') ?? undefined,
      dir: search.get('dir') ?? undefined,
      page: search.get('page') ?? undefined,
    });
    const bookings = await listSiteBookings(query);
    return NextResponse.json({ site: query.site, page: query.page, bookings });
  } catch (err) {
    return handleRouteError(err);
  }
}
