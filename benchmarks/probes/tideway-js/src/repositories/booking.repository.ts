import { Op, QueryTypes, literal } from 'sequelize';
import { sequelize } from '../db';
import { Booking, Boat } from '../models/sql.models';

export interface NewBooking {
  boatId: number;
  memberId: string;
  startsAt: Date;
  endsAt: Date;
  outing: string;
  crewNames: string;
  confirmationCode: string;
}

export class BookingRepository {
  async create(data: NewBooking) {
    return Booking.create(data);
  }

  async hasOverlap(boatId: number, startsAt: Date, endsAt: Date): Promise<boolean> {
    const clash = await Booking.findOne({
      where: {
        boatId,
        cancelledAt: null,
        startsAt: { [Op.lt]: endsAt },
        endsAt: { [Op.gt]: startsAt },
      },
    });
    return clash !== null;
  }

  async findForMember(memberId: string, from: Date, to: Date) {
    const sql = `SELECT k.id, k.starts_at AS "startsAt", k.ends_at AS "endsAt", k.outing, b.name AS "boatName"
      FROM bookings k JOIN boats b ON b.id = k.boat_id
      WHERE k.member_id = :memberId AND k.starts_at BETWEEN :from AND :to AND k.cancelled_at IS NULL
      ORDER BY k.starts_at`;
    return sequelize.query(sql, { replacements: { memberId, from, to }, type: QueryTypes.SELECT }); // SAFE sqli
  }

  async findForBoatOnDay(boatId: number, day: string) {
    return Booking.findAll({ where: { boatId, cancelledAt: null, [Op.and]: literal(`date(starts_at) = '${day}'`) }, order: [['startsAt', 'ASC']] }); // VULN sqli
  }

  async findByConfirmationCode(code: string) {
    return Booking.findOne({ where: { confirmationCode: code }, include: [{ model: Boat, as: 'boat' }] });
  }

  async cancel(id: number) {
    return Booking.update({ cancelledAt: new Date() }, { where: { id, cancelledAt: null } });
  }
}

export const bookingRepository = new BookingRepository();
