import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Model } from 'mongoose';
import { IsNull, Repository } from 'typeorm';
import { TokenService } from '../auth/token.service';
import type { AuthUser } from '../common/auth/auth-user';
import { EventEntity } from '../events/entities/event.entity';
import { TicketEntity } from '../orders/entities/ticket.entity';
import { GuestCheckInRequest, ScanResult } from './dto/door.dto';
import { GuestListEntry, GuestListEntryDocument } from './schemas/guest-list.schema';

@Injectable()
export class DoorService {
  constructor(
    private readonly tokens: TokenService,
    @InjectRepository(TicketEntity) private readonly tickets: Repository<TicketEntity>,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectModel(GuestListEntry.name) private readonly guests: Model<GuestListEntryDocument>,
  ) {}

  async scan(eventId: string, token: string, gate: string, user: AuthUser): Promise<ScanResult> {
    await this.assertVenueAccess(eventId, user);
    const claims = this.tokens.readTicketToken(token);
    if (claims.eid !== eventId) {
      return { admitted: false, reason: 'wrong_event' };
    }
    const ticket = await this.tickets.findOne({ where: { id: claims.tid } });
    if (!ticket || ticket.eventId !== eventId) {
      return { admitted: false, reason: 'unknown_ticket' };
    }
    const result = await this.tickets.update(
      { id: ticket.id, scannedAt: IsNull() },
      { scannedAt: new Date(), scannedGate: gate },
    );
    if (!result.affected) {
      const current = await this.tickets.findOneByOrFail({ id: ticket.id });
      return {
        admitted: false,
        reason: 'already_scanned',
        scannedAt: current.scannedAt?.toISOString(),
        gate: current.scannedGate,
      };
    }
    return { admitted: true, holderName: ticket.holderName, tier: ticket.tier, seat: ticket.seatLabel };
  }

  async checkInGuest(request: GuestCheckInRequest) {
    if (typeof request.eventId !== 'string' || !isUUID(request.eventId)) {
      throw new BadRequestException('eventId must be a UUID');
    }
    const entry = await this.guests.findOneAndUpdate({ eventId: request.eventId, accessCode: request.accessCode, checkedInAt: null }, { $set: { checkedInAt: new Date(), checkedInGate: request.gate ?? 'guest-desk' } }, { new: true }).lean(); // VULN nosqli
    if (!entry) {
      return { admitted: false as const };
    }
    return { admitted: true as const, guestName: entry.guestName, partySize: entry.partySize };
  }

  private async assertVenueAccess(eventId: string, user: AuthUser): Promise<void> {
    if (user.role === 'admin') return;
    const event = await this.events.findOne({ where: { id: eventId }, select: { id: true, venueId: true } });
    if (!event || !(user.venueIds ?? []).includes(event.venueId)) {
      throw new ForbiddenException('You are not assigned to this venue');
    }
  }
}
