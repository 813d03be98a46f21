import * as seats from '../repositories/seatRepository.js';
import { badRequest } from '../utils/errors.js';

export async function lookupHolds(eventId: string, body: { email?: unknown }) {
  if (!Number.isInteger(Number(eventId))) throw badRequest('Invalid event');
  if (body?.email === undefined || body.email === '') throw badRequest('email is required');
  return seats.findActiveHolds({ eventId: Number(eventId), holder: body.email });
}

export async function rowAvailability(eventId: string, row: string) {
  return { row, held: (await seats.findSeatsInRow(Number(eventId), row)).map((h) => h.seat) };
}

export async function release(holdId: string, email: unknown) {
  return { released: (await seats.releaseHold(holdId, email)).modifiedCount === 1 };
}
