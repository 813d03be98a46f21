import config = require('../config');
import { bookingRepository } from '../repositories/booking.repository';
import { bookingConfirmationCode } from '../lib/credentials';
import { riverService, CrewProfile } from './river.service';
const { boatRepository } = require('../repositories/boat.repository');
const { memberRepository } = require('../repositories/member.repository');

export interface BookingRequest {
  boatId: number;
  startsAt: string;
  durationMinutes: number;
  outing?: string;
  crewNames?: string[];
}

export class BookingError extends Error {
  constructor(message: string, public status = 400) {
    super(message);
  }
}

const OUTINGS = new Set(['training', 'seat-racing', 'coaching', 'race-prep', 'learn-to-row']);

export class BookingService {
  async book(memberId: string, req: BookingRequest) {
    const boatId = Number.parseInt(String(req.boatId), 10);
    if (!Number.isInteger(boatId) || boatId <= 0) throw new BookingError('boatId must be a positive integer');
    const startsAt = new Date(req.startsAt);
    if (Number.isNaN(startsAt.getTime())) throw new BookingError('startsAt must be an ISO date');
    const minutes = Math.min(Math.max(Number(req.durationMinutes) || 60, 15), config.maxBookingMinutes);
    const endsAt = new Date(startsAt.getTime() + minutes * 60000);

    const horizon = Date.now() + config.bookingWindowDays * 86400000;
    if (startsAt.getTime() > horizon) throw new BookingError(`Bookings open ${config.bookingWindowDays} days ahead`);
    await this.assertRiverAllows(memberId, boatId, startsAt, req.crewNames || []);
    if (await bookingRepository.hasOverlap(boatId, startsAt, endsAt)) {
      throw new BookingError('Boat is already booked for that slot', 409);
    }
    return bookingRepository.create({
      boatId,
      memberId,
      startsAt,
      endsAt,
      outing: OUTINGS.has(req.outing || '') ? req.outing! : 'training',
      crewNames: (req.crewNames || []).slice(0, 9).join('\n'),
      confirmationCode: bookingConfirmationCode(),
    });
  }

  private async assertRiverAllows(memberId: string, boatId: number, startsAt: Date, crewNames: string[]) {
    // only same-day bookings depend on today's flag; future ones are re-checked by the duty coach
    if (startsAt.toDateString() !== new Date().toDateString()) return;
    const [boat, member, river] = await Promise.all([
      boatRepository.findById(boatId),
      memberRepository.findById(memberId),
      riverService.conditions(),
    ]);
    if (!boat) throw new BookingError('Unknown boat', 404);
    if (boat.status !== 'available') throw new BookingError(`${boat.name} is ${boat.status}`, 409);
    const crew: CrewProfile = {
      membershipType: member?.membershipType ?? 'senior',
      boatClass: boat.boatClass,
      hasCoachLaunch: crewNames.some((n) => /\(launch\)$/i.test(n)),
      coxed: boat.boatClass.endsWith('+'),
      averageExperienceYears: member?.createdAt ? (Date.now() - member.createdAt.getTime()) / (365 * 86400000) : 0,
    };
    const reason = riverService.boatingRestriction(river.flag, crew);
    if (reason) throw new BookingError(reason, 409);
    if (riverService.isAfterLightingUp(startsAt, river.sunset)) {
      throw new BookingError(`No outings after ${riverService.latestBoatingTime(river.sunset)} today`, 409);
    }
  }

  async dayView(boatIdParam: string, day: string) {
    const boatId = Number.parseInt(boatIdParam, 10);
    if (!Number.isInteger(boatId)) throw new BookingError('invalid boat');
    return bookingRepository.findForBoatOnDay(boatId, day);
  }

  async myCalendar(memberId: string, fromParam?: string, toParam?: string) {
    const from = fromParam ? new Date(fromParam) : new Date();
    const to = toParam ? new Date(toParam) : new Date(from.getTime() + 14 * 86400000);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new BookingError('invalid range');
    return bookingRepository.findForMember(memberId, from, to);
  }

  async cancelByCode(code: string) {
    const booking = await bookingRepository.findByConfirmationCode(String(code).toUpperCase());
    if (!booking) throw new BookingError('Unknown confirmation code', 404);
    await bookingRepository.cancel(booking.get('id') as number);
    return booking;
  }

  async lookupByCode(code: string) {
    return bookingRepository.findByConfirmationCode(String(code).toUpperCase());
  }
}

export const bookingService = new BookingService();
