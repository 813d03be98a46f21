import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { timingSafeEqual } from 'crypto';
import { AuthUser } from '../common/guards/jwt-auth.guard';
import { newBoardingPin, newBookingReference } from '../common/util/tokens';
import { SailingsService } from '../sailings/sailings.service';
import { Booking } from './booking.entity';
import { BookingsRepository } from './bookings.repository';
import { CreateBookingDto, SearchBookingsDto } from './dto/booking.dto';

const PAGE_SIZE = 25;

export interface BookingView {
  reference: string;
  sailingId: string;
  passengerName: string;
  passengerCount: number;
  vehicleReg: string | null;
  status: string;
  totalCents: number;
}

@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingsRepository,
    private readonly sailings: SailingsService,
  ) {}

  toView(b: Booking): BookingView {
    return {
      reference: b.reference,
      sailingId: b.sailingId,
      passengerName: b.passengerName,
      passengerCount: b.passengerCount,
      vehicleReg: b.vehicleReg,
      status: b.status,
      totalCents: b.totalCents,
    };
  }

  async search(dto: SearchBookingsDto): Promise<BookingView[]> {
    const rows = await this.bookings.searchByPassenger({
      passengerName: dto.passengerName?.trim(),
      status: dto.status,
      sailingId: dto.sailingId,
      page: dto.page ?? 1,
      pageSize: PAGE_SIZE,
    });
    return rows.map((b) => this.toView(b));
  }

  async create(dto: CreateBookingDto, user: AuthUser | undefined): Promise<{ reference: string; pin: string; totalCents: number }> {
    const sailing = await this.sailings.getBookable(dto.sailingId);
    const taken = await this.bookings.countForSailing(sailing.id);
    if (taken + dto.passengerCount > sailing.passengerCapacity) {
      throw new UnprocessableEntityException('Sailing is full');
    }
    const totalCents = await this.sailings.quoteFare(sailing.id, dto.passengerCount, dto.vehicleClass ?? null);
    const booking = this.bookings.create({
      reference: newBookingReference(),
      boardingPin: newBoardingPin(),
      sailingId: sailing.id,
      passengerName: dto.passengerName,
      passengerEmail: dto.passengerEmail.toLowerCase(),
      passengerCount: dto.passengerCount,
      vehicleReg: dto.vehicleReg ?? null,
      vehicleClass: dto.vehicleClass ?? null,
      partnerId: dto.partnerId ?? null,
      partnerReturnUrl: dto.partnerReturnUrl ?? null,
      totalCents,
      status: 'held',
      createdBy: user?.id ?? null,
    });
    const saved = await this.bookings.save(booking);
    return { reference: saved.reference, pin: saved.boardingPin, totalCents };
  }

  async getByReference(reference: string): Promise<Booking> {
    const booking = await this.bookings.findByReference(reference);
    if (!booking) {
      throw new NotFoundException(`Booking ${reference} not found`);
    }
    return booking;
  }

  async confirmPayment(reference: string): Promise<Booking> {
    const booking = await this.getByReference(reference);
    if (booking.status === 'held') {
      await this.bookings.markStatus(booking.id, 'confirmed');
      booking.status = 'confirmed';
    }
    return booking;
  }

  async checkIn(reference: string, pin: string, terminalId: string | undefined): Promise<BookingView> {
    const booking = await this.getByReference(reference);
    const a = Buffer.from(booking.boardingPin);
    const b = Buffer.from(pin);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new ForbiddenException('Reference or PIN is incorrect');
    }
    if (booking.status !== 'confirmed') {
      throw new UnprocessableEntityException(`Booking is ${booking.status}`);
    }
    await this.bookings.markStatus(booking.id, 'checked_in');
    booking.status = 'checked_in';
    void terminalId;
    return this.toView(booking);
  }
}
