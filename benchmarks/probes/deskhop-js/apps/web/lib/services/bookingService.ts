import {
  cancelBooking,
  findSpace,
  hasOverlap,
  insertBooking,
  listForMember,
  listForSite,
  searchSpaces,
  type BookingListRow,
  type SpaceKind,
  type SpaceSummary,
} from '../repositories/bookingRepository';
import { HttpError } from '../http/errors';
import type { Site } from '../config';
import type { BookingListQuery, NewBookingInput } from '../validation';

const SORT_COLUMNS: Record<BookingListQuery['sort'], string> = {
  start: 'b.starts_at',
  created: 'b.created_at',
  space: 's.name',
  member: 'm.full_name',
  status: 'b.status',
};

const PAGE_SIZE = 50;
const OPENING_HOUR = 7;
const CLOSING_HOUR = 22;

export async function findSpaces(site: Site, term: string, kind: string | null): Promise<SpaceSummary[]> {
  const normalizedKind: SpaceKind | null = kind === 'desk' || kind === 'room' ? kind : null;
  return searchSpaces(site, term.trim().slice(0, 64), normalizedKind);
}

export async function listSiteBookings(query: BookingListQuery): Promise<BookingListRow[]> {
  const column = SORT_COLUMNS[query.sort];
  const direction = query.dir.toUpperCase();
  return listForSite(query.site, { column, direction }, PAGE_SIZE, (query.page - 1) * PAGE_SIZE);
}

export async function listMemberBookings(memberId: number, month?: string | null): Promise<BookingListRow[]> {
  const start = month && /^\d{4}-\d{2}$/.test(month) ? new Date(`${month}-01T00:00:00Z`) : startOfMonth(new Date());
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return listForMember(memberId, start, end);
}

export async function createBooking(memberId: number, input: NewBookingInput): Promise<{ id: number; priceCents: number }> {
  const space = await findSpace(input.spaceId);
  if (!space || space.active !== 1) {
    throw new HttpError(404, 'Space not found');
  }
  const startsAt = input.startsAt;
  const endsAt = new Date(startsAt.getTime() + input.hours * 3_600_000);
  if (startsAt.getTime() < Date.now() - 5 * 60_000) {
    throw new HttpError(400, 'Bookings cannot start in the past');
  }
  if (startsAt.getUTCHours() < OPENING_HOUR || endsAt.getUTCHours() > CLOSING_HOUR) {
    throw new HttpError(400, `Spaces can be booked between ${OPENING_HOUR}:00 and ${CLOSING_HOUR}:00`);
  }
  if (await hasOverlap(space.id, startsAt, endsAt)) {
    throw new HttpError(409, 'That slot is already taken');
  }
  const priceCents = Math.round(Number(space.hourlyRate) * input.hours * 100);
  const id = await insertBooking({
    memberId,
    spaceId: space.id,
    startsAt,
    endsAt,
    status: 'confirmed',
    notes: input.notes ?? null,
    priceCents,
  });
  return { id, priceCents };
}

export async function cancelMemberBooking(memberId: number, bookingId: number): Promise<void> {
  const cancelled = await cancelBooking(bookingId, memberId);
  if (!cancelled) {
    throw new HttpError(404, 'Booking not found or already cancelled');
  }
}

function startOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}
