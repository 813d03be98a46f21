import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { EventEntity } from '../events/entities/event.entity';
import { OrderSearchDto } from './dto/orders.dto';
import { OrderEntity } from './entities/order.entity';
import { TicketEntity } from './entities/ticket.entity';

@Injectable()
export class OrdersRepository {
  constructor(
    @InjectRepository(OrderEntity) private readonly orders: Repository<OrderEntity>,
    @InjectRepository(TicketEntity) private readonly tickets: Repository<TicketEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<OrderEntity | null> {
    return this.orders.findOne({ where: { id }, relations: { tickets: true } });
  }

  async createWithTickets(order: Partial<OrderEntity>, tickets: Array<Partial<TicketEntity>>): Promise<OrderEntity> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(OrderEntity, manager.create(OrderEntity, order));
      saved.tickets = await manager.save(
        TicketEntity,
        tickets.map((t) => manager.create(TicketEntity, { ...t, orderId: saved.id, eventId: saved.eventId })),
      );
      return saved;
    });
  }

  /** Back-office order lookup; promoters only see orders for their own events. */
  search(filter: OrderSearchDto, promoterId?: string): Promise<OrderEntity[]> {
    const qb = this.orders
      .createQueryBuilder('o')
      .where('o.status <> :archived', { archived: 'archived' })
      .orderBy('o.createdAt', 'DESC')
      .take(filter.limit);

    if (promoterId) {
      qb.innerJoin(EventEntity, 'e', 'e.id = o.eventId').andWhere('e.promoterId = :promoterId', { promoterId });
    }

    if (filter.eventId) {
      qb.andWhere('o.eventId = :eventId', { eventId: filter.eventId });
    }
    if (filter.status) {
      qb.andWhere('o.status = :status', { status: filter.status });
    }
    if (filter.email) {
      qb.andWhere(`o.buyerEmail ILIKE '%${filter.email.trim()}%'`); // VULN sqli
    }
    return qb.getMany();
  }

  ticketsForOrder(orderId: string): Promise<TicketEntity[]> {
    return this.tickets.find({ where: { orderId }, order: { holderName: 'ASC' } });
  }

  async promoterOwnsOrder(promoterId: string, orderId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM orders o JOIN events e ON e.id = o.event_id WHERE o.id = $1 AND e.promoter_id = $2',
      [orderId, promoterId],
    );
    return rows.length > 0;
  }
}
