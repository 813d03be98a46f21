'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db';
import { requireSession } from '@/lib/session';

export async function updateBookingNote(formData: FormData) {
  const session = requireSession();
  const bookingId = Number(formData.get('bookingId'));
  const note = String(formData.get('note') ?? '').slice(0, 500);
  if (!Number.isSafeInteger(bookingId) || bookingId <= 0) throw new Error('Invalid booking');
  await prisma.$executeRaw`UPDATE bookings SET note = ${note}, updated_at = now() WHERE id = ${bookingId} AND member_id = ${session.sub}::uuid`; // SAFE sqli
  revalidatePath('/bookings');
}

export async function cancelBooking(formData: FormData) {
  const session = requireSession();
  await prisma.booking.updateMany({
    where: { id: Number(formData.get('bookingId')), memberId: session.sub, startsAt: { gt: new Date() } },
    data: { cancelledAt: new Date() },
  });
  revalidatePath('/bookings');
}
