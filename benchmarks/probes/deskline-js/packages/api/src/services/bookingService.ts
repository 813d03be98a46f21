import * as bookingRepo from '../repositories/bookingRepo';
import { generateDoorCode } from '../lib/codes';

export interface BookingInput {
  deskId: number;
  startsAt: string;
  endsAt: string;
  note?: string;
}

function orderClause(sort?: string): string {
  if (!sort) return 'b.starts_at ASC';
  return sort
    .split(',')
    .map((part) => part.trim().replace(':', ' '))
    .join(', ');
}

export async function listBookings(filter: { memberId: string; from: Date; to: Date; sort?: string }) {
  const rows = await bookingRepo.search({ ...filter, orderBy: orderClause(filter.sort) });
  return rows.map((row) => ({
    id: row.id,
    desk: { id: row.desk_id, label: row.desk_label, floor: row.floor },
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    note: row.note,
  }));
}

export async function createBooking(memberId: string, input: BookingInput) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()) || endsAt <= startsAt) {
    throw new RangeError('invalid booking window');
  }
  if ((await bookingRepo.countOverlapping(input.deskId, startsAt, endsAt)) > 0) {
    throw Object.assign(new Error('desk already booked for that slot'), { statusCode: 409 });
  }
  const doorCode = generateDoorCode();
  const booking = await bookingRepo.insert({ memberId, deskId: input.deskId, startsAt, endsAt, note: input.note?.slice(0, 500), doorCode });
  return { id: booking.id, doorCode };
}
