import {
  BadRequestException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { QUEUE_TICKETS, TicketPdfJobData } from '@seatwise/contracts';
import { Queue } from 'bullmq';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { TokenService } from '../auth/token.service';
import type { AuthUser } from '../common/auth/auth-user';
import { resolveInside } from '../common/util/paths';
import { APP_CONFIG, AppConfig } from '../config/configuration';
import { EventsRepository } from '../events/events.repository';
import { PricingService } from '../events/pricing.service';
import { CreateOrderDto, OrderSearchDto } from './dto/orders.dto';
import { OrderEntity } from './entities/order.entity';
import { OrdersRepository } from './orders.repository';

const TIER_MULTIPLIER: Record<string, number> = { standard: 1, vip: 2.5, student: 0.7, accessible: 1 };

@Injectable()
export class OrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly events: EventsRepository,
    private readonly pricing: PricingService,
    private readonly tokens: TokenService,
    @InjectQueue(QUEUE_TICKETS) private readonly ticketQueue: Queue<TicketPdfJobData>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreateOrderDto, user: AuthUser): Promise<OrderEntity> {
    const event = await this.events.findById(dto.eventId);
    if (!event || event.status !== 'published') {
      throw new BadRequestException('Event is not on sale');
    }
    const sold = await this.events.soldCount(event.id);
    if (sold + dto.attendees.length > event.capacity) {
      throw new BadRequestException('Not enough tickets left');
    }
    const daysOut = Math.max(0, Math.floor((event.startsAt.getTime() - Date.now()) / 86_400_000));
    const tickets = dto.attendees.map((attendee) => {
      const base = Math.round(event.minPriceCents * (TIER_MULTIPLIER[attendee.tier] ?? 1));
      const priceCents = this.pricing.evaluatePreset(event.pricingPreset, {
        base,
        sold,
        capacity: event.capacity,
        daysOut,
        tier: attendee.tier,
      });
      return { holderName: attendee.name.trim(), tier: attendee.tier, seatLabel: attendee.seatLabel ?? null, priceCents };
    });

    const order = await this.orders.createWithTickets(
      {
        eventId: event.id,
        buyerId: user.sub,
        buyerEmail: dto.buyerEmail.toLowerCase(),
        buyerName: dto.buyerName,
        totalCents: tickets.reduce((sum, t) => sum + t.priceCents, 0),
        currency: 'EUR',
        status: 'pending',
      },
      tickets,
    );

    await this.ticketQueue.addBulk(
      order.tickets.map((ticket) => ({
        name: 'render',
        data: {
          orderId: order.id,
          ticketId: ticket.id,
          holderName: ticket.holderName,
          eventTitle: event.title,
          seatLabel: ticket.seatLabel,
          startsAt: event.startsAt.toISOString(),
          qrToken: this.tokens.issueTicketToken({
            tid: ticket.id,
            oid: order.id,
            eid: event.id,
            tier: ticket.tier,
            seat: ticket.seatLabel,
          }),
        },
        opts: { jobId: `ticket-${ticket.id}`, attempts: 3, removeOnComplete: 1000 },
      })),
    );
    return order;
  }

  search(filter: OrderSearchDto, user: AuthUser): Promise<OrderEntity[]> {
    if (user.role === 'admin') {
      return this.orders.search(filter);
    }
    if (!user.promoterId) {
      throw new ForbiddenException('Promoter account required');
    }
    return this.orders.search(filter, user.promoterId);
  }

  async get(orderId: string, user: AuthUser): Promise<OrderEntity> {
    const order = await this.assertCanView(orderId, user);
    return order;
  }

  async listTicketFiles(orderId: string, user: AuthUser): Promise<string[]> {
    await this.assertCanView(orderId, user);
    const dir = path.join(this.config.storage.ticketsDir, orderId);
    const names = await readdir(dir).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith('.pdf')).sort();
  }

  async readTicketFile(orderId: string, fileName: string, user: AuthUser): Promise<Buffer> {
    await this.assertCanView(orderId, user);
    if (path.isAbsolute(fileName)) {
      throw new BadRequestException('Invalid file name');
    }
    const filePath = path.join(this.config.storage.ticketsDir, orderId, fileName);
    try {
      return await readFile(filePath); // VULN path
    } catch {
      throw new NotFoundException('Ticket file not found');
    }
  }

  async readDocument(orderId: string, name: string, user: AuthUser): Promise<Buffer> {
    await this.assertCanView(orderId, user);
    const filePath = resolveInside(path.join(this.config.storage.invoicesDir, orderId), name);
    try {
      return await readFile(filePath); // SAFE path
    } catch {
      throw new NotFoundException('Document not found');
    }
  }

  private async assertCanView(orderId: string, user: AuthUser): Promise<OrderEntity> {
    const order = await this.orders.findById(orderId);
    if (!order) {
      throw new NotFoundException('Order not found');
    }
    if (user.role === 'admin' || order.buyerId === user.sub) {
      return order;
    }
    if (user.role === 'promoter' && user.promoterId && (await this.orders.promoterOwnsOrder(user.promoterId, orderId))) {
      return order;
    }
    throw new ForbiddenException('You cannot access this order');
  }
}
