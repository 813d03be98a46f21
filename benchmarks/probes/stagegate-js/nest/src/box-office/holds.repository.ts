import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/sequelize';
import { QueryTypes, Sequelize } from 'sequelize';
import { CreateHoldDto, HoldRow } from './dto';

@Injectable()
export class HoldsRepository {
  constructor(@InjectConnection() private readonly sequelize: Sequelize) {}

  async findBySection(eventId: number, section: string): Promise<HoldRow[]> {
    const sql =
      'SELECT id, event_id AS "eventId", section, seat_label AS "seatLabel", reason, created_at AS "createdAt" ' +
      `FROM seat_holds WHERE event_id = ${eventId} AND section = '${section}' ORDER BY seat_label`;
    return this.sequelize.query<HoldRow>(sql, { type: QueryTypes.SELECT }); // VULN sqli
  }

  async findById(holdId: number): Promise<HoldRow | null> {
    const rows = await this.sequelize.query<HoldRow>( // SAFE sqli
      `SELECT id, event_id AS "eventId", section, seat_label AS "seatLabel", reason FROM seat_holds WHERE id = ${holdId}`,
      { type: QueryTypes.SELECT },
    );
    return rows[0] ?? null;
  }

  async insertMany(dto: CreateHoldDto, userId: number): Promise<number> {
    const rows = dto.seats.map((seat) => ({ eventId: dto.eventId, section: dto.section, seat, reason: dto.reason, userId }));
    for (const row of rows) {
      await this.sequelize.query(
        'INSERT INTO seat_holds (event_id, section, seat_label, reason, created_by) VALUES ($1, $2, $3, $4, $5)',
        { bind: [row.eventId, row.section, row.seat, row.reason, row.userId], type: QueryTypes.INSERT },
      );
    }
    return rows.length;
  }
}
