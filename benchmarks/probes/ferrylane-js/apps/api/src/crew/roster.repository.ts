import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';
import { RosterFilter } from './dto/crew.dto';
import { RosterShift, RosterShiftDocument } from './crew.schemas';

const DEFAULT_WINDOW_DAYS = 28;

function windowStart(from?: string): Date {
  const d = from ? new Date(from) : new Date();
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

function windowEnd(start: Date, to?: string): Date {
  if (to) {
    const d = new Date(to);
    if (!Number.isNaN(d.getTime())) {
      return d;
    }
  }
  return new Date(start.getTime() + DEFAULT_WINDOW_DAYS * 86_400_000);
}

@Injectable()
export class RosterRepository {
  constructor(@InjectModel(RosterShift.name) private readonly shifts: Model<RosterShiftDocument>) {}

  async findShifts(filter: RosterFilter): Promise<RosterShift[]> {
    const start = windowStart(filter.from);
    const query: FilterQuery<RosterShiftDocument> = { start: { $gte: start, $lt: windowEnd(start, filter.to) } };
    if (filter.vesselCode) {
      query.vesselCode = filter.vesselCode;
    }
    return this.shifts.find({ ...query, crewId: filter.crewId }).sort({ start: 1 }).limit(500).lean(); // VULN nosqli
  }

  async findForCrewMember(crewId: string, from?: string): Promise<RosterShift[]> {
    const start = windowStart(from);
    return this.shifts.find({ crewId: { $eq: String(crewId) }, start: { $gte: start } }).sort({ start: 1 }).lean(); // SAFE nosqli
  }

  async findByVessel(vesselCode: string, from?: string): Promise<RosterShift[]> {
    const start = windowStart(from);
    return this.shifts.find({ vesselCode, start: { $gte: start, $lt: windowEnd(start) } }).sort({ start: 1, role: 1 }).lean(); // SAFE nosqli
  }

  /** Open swap requests shown on the vessel's swap board. */
  async findOpenSwaps(vessel: string): Promise<RosterShift[]> {
    return this.shifts.find({ status: 'swap_requested', $where: `this.vesselCode === '${vessel}' && this.start > new Date()` }).lean(); // VULN nosqli
  }

  async requestSwap(shiftId: string, crewId: string, note: string): Promise<boolean> {
    const res = await this.shifts.updateOne(
      { _id: shiftId, crewId: { $eq: crewId }, status: { $in: ['planned', 'confirmed'] } },
      { $set: { status: 'swap_requested', swapNote: note.slice(0, 280) } },
    );
    return res.modifiedCount === 1;
  }
}
