import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { cancelMemberBooking } from '@/lib/services/bookingService';

export async function DELETE(_req: NextRequest, { params }: { params: { id: string } }) {
  try {
    const session = await requireSession();
    const bookingId = Number(params.id);
    if (!Number.isSafeInteger(bookingId) || bookingId <= 0) {
      throw new HttpError(404, 'Booking not found');
    }
    await cancelMemberBooking(session.memberId, bookingId);
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return handleRouteError(err);
  }
}
