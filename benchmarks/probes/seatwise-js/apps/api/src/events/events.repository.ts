import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { SortSpec } from '../common/pipes/event-sort.pipe';
import { SearchEventsDto } from './dto/search-events.dto';
import { EventEntity } from './entities/event.entity';

export interface CityEventRow {
  id: string;
  title: string;
  startsAt: Date;
  venueName: string;
}

@Injectable()
export class EventsRepository {
  constructor(
    @InjectRepository(EventEntity) private readonly repo: Repository<EventEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  search(filter: SearchEventsDto, sort: SortSpec): Promise<[EventEntity[], number]> {
    const qb = this.repo
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.venue', 'v')
      .where('e.status = :status', { status: 'published' });

    if (filter.q) {
      qb.andWhere('(e.title ILIKE :q OR v.name ILIKE :q)', { q: `%${filter.q}%` });
    }
    if (filter.venueId) {
      qb.andWhere('e.venueId = :venueId', { venueId: filter.venueId });
    }
    if (filter.from) {
      qb.andWhere('e.startsAt >= :from', { from: filter.from });
    }
    qb.orderBy(sort.column, sort.direction); // SAFE sqli
    return qb.skip(filter.offset).take(filter.limit).getManyAndCount();
  }

  findById(id: string): Promise<EventEntity | null> {
    return this.repo.findOne({ where: { id }, relations: { venue: true } });
  }

  upcomingInCity(city: string, limit: number): Promise<CityEventRow[]> {
    const sql = `SELECT e.id, e.title, e.starts_at AS "startsAt", v.name AS "venueName"
                   FROM events e
                   JOIN venues v ON v.id = e.venue_id
                  WHERE lower(v.city) = lower($1)
                    AND e.status = 'published'
                    AND e.starts_at > now()
                  ORDER BY e.starts_at
                  LIMIT $2`;
    return this.dataSource.query(sql, [city, limit]);
  }

  async soldCount(eventId: string): Promise<number> {
    const rows: Array<{ sold: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS sold
         FROM tickets t
         JOIN orders o ON o.id = t.order_id
        WHERE t.event_id = $1 AND o.status IN ('paid', 'partially_refunded')`,
      [eventId],
    );
    return rows[0]?.sold ?? 0;
  }
}
