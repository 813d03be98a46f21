import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import type { SortSpec } from '../common/pipes/event-sort.pipe';
import { PricingPreviewDto } from './dto/pricing-preview.dto';
import { SearchEventsDto } from './dto/search-events.dto';
import { EventEntity } from './entities/event.entity';
import { EventsRepository } from './events.repository';
import { PricingContext, PricingService } from './pricing.service';

export interface EventSummary {
  id: string;
  title: string;
  startsAt: string;
  venue: { id: string; slug: string; name: string; city: string } | null;
  fromPriceCents: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toSummary(event: EventEntity): EventSummary {
  return {
    id: event.id,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    venue: event.venue
      ? { id: event.venue.id, slug: event.venue.slug, name: event.venue.name, city: event.venue.city }
      : null,
    fromPriceCents: event.minPriceCents,
  };
}

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly pricing: PricingService,
  ) {}

  async search(filter: SearchEventsDto, sort: SortSpec) {
    const [items, total] = await this.events.search(filter, sort);
    return { items: items.map(toSummary), total, limit: filter.limit, offset: filter.offset };
  }

  upcomingInCity(city: string, limit: number) {
    return this.events.upcomingInCity(city.trim(), limit);
  }

  async getPublic(id: string) {
    const event = await this.events.findById(id);
    if (!event || event.status === 'draft') {
      throw new NotFoundException('Event not found');
    }
    return {
      ...toSummary(event),
      descriptionHtml: event.descriptionHtml,
      endsAt: event.endsAt?.toISOString() ?? null,
      promoterId: event.promoterId,
      status: event.status,
    };
  }

  async previewPricing(eventId: string, user: AuthUser, dto: PricingPreviewDto) {
    const event = await this.events.findById(eventId);
    if (!event) {
      throw new NotFoundException('Event not found');
    }
    if (user.role !== 'admin' && event.promoterId !== user.promoterId) {
      throw new ForbiddenException('Not your event');
    }
    const ctx: PricingContext = {
      base: dto.basePriceCents,
      sold: await this.events.soldCount(eventId),
      capacity: event.capacity,
      daysOut: Math.max(0, Math.floor((event.startsAt.getTime() - Date.now()) / DAY_MS)),
      tier: dto.tier,
    };
    const priceCents = dto.expression
      ? this.pricing.evaluateCustom(dto.expression, ctx)
      : this.pricing.evaluatePreset(dto.preset ?? event.pricingPreset, ctx);
    return { eventId, tier: dto.tier, priceCents, inputs: ctx };
  }
}
