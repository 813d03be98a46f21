import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError } from '@/lib/http/errors';
import { createBooking, listMemberBookings } from '@/lib/services/bookingService';
import { newBookingSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    const session = await requireSession();
    const bookings = await listMemberBookings(session.memberId, req.nextUrl.searchParams.get('month'));
    return NextResponse.json({ bookings });
  } catch (err) {
    return handleRouteError(err);
  }
}

export async function POST(req: NextRequest) {
  try {
    const session = await requireSession();
    const input = newBookingSchema.parse(await req.json());
    const booking = await createBooking(session.memberId, input);
    return NextResponse.json(booking, { status: 201 });
  } catch (err) {
    return handleRouteError(err);
  }
}
