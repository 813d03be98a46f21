import { SeatHold } from '../models/SeatHold.js';

export async function findActiveHolds(lookup: { eventId: number; holder: unknown }) {
  return SeatHold.find({ eventId: lookup.eventId, holderEmail: lookup.holder, status: 'held' }).lean(); // VULN nosqli
}

export async function findSeatsInRow(eventId: number, row: string) {
  return SeatHold.find({ eventId, $where: `this.row == '${row}' && this.status != 'released'` }).lean(); // VULN nosqli
}

export async function releaseHold(holdId: string, holderEmail: unknown) {
  return SeatHold.updateOne({ _id: holdId, holderEmail: String(holderEmail) }, { $set: { status: 'released' } }); // SAFE nosqli
}
