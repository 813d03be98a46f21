import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Booking, BookingStatus } from './booking.entity';

export interface PassengerSearch {
  passengerName?: string;
  status?: BookingStatus;
  sailingId?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class BookingsRepository {
  constructor(@InjectRepository(Booking) private readonly repo: Repository<Booking>) {}

  async searchByPassenger(criteria: PassengerSearch): Promise<Booking[]> {
    const qb = this.repo.createQueryBuilder('b').orderBy('b.created_at', 'DESC');
    if (criteria.status) {
      qb.andWhere('b.status = :status', { status: criteria.status });
    }
    if (criteria.sailingId) {
      qb.andWhere('b.sailing_id = :sailingId', { sailingId: criteria.sailingId });
    }
    const offset = (criteria.page - 1) * criteria.pageSize;
    if (criteria.passengerName) {
      return qb.andWhere(`b.passenger_name ILIKE '%${criteria.passengerName}%'`).skip(offset).take(criteria.pageSize).getMany(); // VULN sqli
    }
    return qb.skip(offset).take(criteria.pageSize).getMany();
  }

  async findByReference(reference: string): Promise<Booking | null> {
    return this.repo.createQueryBuilder('b').where('b.reference = :reference', { reference: reference.toUpperCase() }).getOne(); // SAFE sqli
  }

  async countForSailing(sailingId: string): Promise<number> {
    return this.repo.count({ where: { sailingId } });
  }

  async save(booking: Booking): Promise<Booking> {
    return this.repo.save(booking);
  }

  create(fields: Partial<Booking>): Booking {
    return this.repo.create(fields);
  }

  async markStatus(id: string, status: BookingStatus): Promise<void> {
    await this.repo.update({ id }, { status });
  }
}
