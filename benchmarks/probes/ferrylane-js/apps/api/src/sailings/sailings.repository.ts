import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Sailing } from './sailing.entity';

export interface DepartureRow {
  id: string;
  route_code: string;
  vessel_code: string;
  departs_at: Date;
  arrives_at: Date;
  status: string;
  remarks: string | null;
  berth: string | null;
  seats_left: number;
}

const SORTABLE_COLUMNS: Record<string, string> = {
  departure: 's.departs_at',
  arrival: 's.arrives_at',
  vessel: 's.vessel_code',
  route: 's.route_code',
  availability: 'seats_left',
};

const DEPARTURE_SELECT = `
  SELECT s.id, s.route_code, s.vessel_code, s.departs_at, s.arrives_at, s.status, s.remarks, s.berth,
         s.passenger_capacity - COALESCE(SUM(b.passenger_count) FILTER (WHERE b.status <> 'cancelled'), 0) AS seats_left
    FROM sailings s
    LEFT JOIN bookings b ON b.sailing_id = s.id`;

@Injectable()
export class SailingsRepository {
  constructor(
    @InjectRepository(Sailing) private readonly repo: Repository<Sailing>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<Sailing | null> {
    return this.repo.findOne({ where: { id } });
  }

  async listDepartures(port: string, day: string, sort: string, direction: 'ASC' | 'DESC'): Promise<DepartureRow[]> {
    const orderBy = SORTABLE_COLUMNS[sort] ?? sort;
    const sql = `${DEPARTURE_SELECT} WHERE s.departure_port = $1 AND s.departs_at::date = $2::date GROUP BY s.id ORDER BY ${orderBy} ${direction}`;
    return this.dataSource.query(sql, [port, day]); // VULN sqli
  }

  async listForVessel(vesselCode: string, sort: string, fromDay: string, toDay: string): Promise<DepartureRow[]> {
    const orderBy = SORTABLE_COLUMNS[sort];
    if (!orderBy) {
      throw new BadRequestException(`Cannot sort by ${sort}`);
    }
    const sql = `${DEPARTURE_SELECT} WHERE s.vessel_code = $1 AND s.departs_at::date BETWEEN $2::date AND $3::date GROUP BY s.id ORDER BY ${orderBy} ASC`;
    return this.dataSource.query(sql, [vesselCode, fromDay, toDay]); // SAFE sqli
  }

  async updateBerth(id: string, berth: string | null, remarks: string | null): Promise<void> {
    await this.repo.update({ id }, { berth, remarks });
  }

  async updateStatus(id: string, status: Sailing['status']): Promise<void> {
    await this.repo.update({ id }, { status });
  }
}
