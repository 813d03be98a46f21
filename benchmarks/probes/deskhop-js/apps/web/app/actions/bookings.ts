'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireSession } from '@/lib/auth/session';
import { HttpError } from '@/lib/http/errors';
import { isInternalPath } from '@/lib/http/redirects';
import { cancelMemberBooking, createBooking } from '@/lib/services/bookingService';
import { newBookingSchema } from '@/lib/validation';

export interface BookingFormState {
  error?: string;
}

export async function createBookingAction(_prev: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const session = await requireSession();
  const parsed = newBookingSchema.safeParse({
    spaceId: formData.get('spaceId'),
    startsAt: formData.get('startsAt'),
    hours: formData.get('hours'),
    notes: formData.get('notes') || undefined,
  });
  if (!parsed.success) {
    return { error: 'Please check the booking details.' };
  }

  let bookingId: number;
  try {
    bookingId = (await createBooking(session.memberId, parsed.data)).id;
  } catch (err) {
    if (err instanceof HttpError) return { error: err.message };
    throw err;
  }

  revalidatePath('/bookings');
  const returnTo = String(formData.get('returnTo') ?? '');
  redirect(isInternalPath(returnTo) ? returnTo : `/bookings/${bookingId}`); // VULN redirect
}

export async function cancelBookingAction(formData: FormData): Promise<void> {
  const session = await requireSession();
  const bookingId = Number(formData.get('bookingId'));
  if (!Number.isSafeInteger(bookingId)) return;
  await cancelMemberBooking(session.memberId, bookingId);
  revalidatePath('/bookings');
  redirect('/bookings?cancelled=1');
}
