import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { QUEUE_REFUNDS, RefundJobData } from '@seatwise/contracts';
import { Queue } from 'bullmq';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { OrdersRepository } from '../orders/orders.repository';
import { RequestRefundDto } from './dto/request-refund.dto';
import { RefundEntity } from './entities/refund.entity';

@Injectable()
export class RefundsService {
  constructor(
    @InjectRepository(RefundEntity) private readonly refunds: Repository<RefundEntity>,
    private readonly orders: OrdersRepository,
    @InjectQueue(QUEUE_REFUNDS) private readonly queue: Queue<RefundJobData>,
  ) {}

  async request(orderId: string, dto: RequestRefundDto, user: AuthUser): Promise<RefundEntity> {
    const order = await this.orders.findById(orderId);
    if (!order) {
      throw new NotFoundException('Order not found');
    }
    const allowed =
      user.role === 'admin' ||
      (user.role === 'promoter' && !!user.promoterId && (await this.orders.promoterOwnsOrder(user.promoterId, orderId)));
    if (!allowed) {
      throw new ForbiddenException('Only the event promoter can refund this order');
    }
    if (!order.paymentIntentId || !['paid', 'partially_refunded'].includes(order.status)) {
      throw new BadRequestException('Order has no captured payment');
    }
    const remaining = order.totalCents - order.refundedCents;
    if (dto.amountCents > remaining) {
      throw new BadRequestException(`At most ${remaining} cents can be refunded`);
    }

    const refund = await this.refunds.save(
      this.refunds.create({
        orderId,
        amountCents: dto.amountCents,
        reason: dto.reason,
        note: dto.note ?? null,
        notifyUrl: dto.notifyUrl ?? null,
        requestedBy: user.sub,
        status: 'queued',
      }),
    );

    await this.queue.add(
      'process',
      {
        refundId: refund.id,
        orderId,
        paymentIntentId: order.paymentIntentId,
        amountCents: dto.amountCents,
        currency: order.currency,
        reason: dto.reason,
        notifyUrl: dto.notifyUrl,
        requestedBy: user.sub,
      },
      { jobId: `refund-${refund.id}`, attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
    );
    return refund;
  }

  list(orderId: string): Promise<RefundEntity[]> {
    return this.refunds.find({ where: { orderId }, order: { createdAt: 'DESC' } });
  }
}
