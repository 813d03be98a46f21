import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthUser } from '../common/guards/jwt-auth.guard';
import { PlainObject, deepMerge } from '../common/util/deep-merge';
import { CrewDirectoryService, DirectoryEntry } from './crew-directory.service';
import { CreateNoticeDto, RosterFilter } from './dto/crew.dto';
import { RosterRepository } from './roster.repository';
import { CrewMember, CrewMemberDocument, CrewNotice, CrewNoticeDocument, RosterShift } from './crew.schemas';

const PLANNER_ROLES = ['dispatcher', 'purser', 'admin'];

@Injectable()
export class CrewService {
  constructor(
    @InjectModel(CrewMember.name) private readonly members: Model<CrewMemberDocument>,
    @InjectModel(CrewNotice.name) private readonly notices: Model<CrewNoticeDocument>,
    private readonly roster: RosterRepository,
    private readonly directory: CrewDirectoryService,
  ) {}

  private isPlanner(user: AuthUser): boolean {
    return user.roles.some((r) => PLANNER_ROLES.includes(r));
  }

  async profile(crewId: string): Promise<CrewMember> {
    const member = await this.members.findOne({ crewId: { $eq: crewId } }).lean();
    if (!member) {
      throw new NotFoundException('Crew member not found');
    }
    return member;
  }

  async updatePreferences(user: AuthUser, patch: PlainObject): Promise<Record<string, unknown>> {
    if (!user.crewId) {
      throw new ForbiddenException('Not a crew account');
    }
    const member = await this.members.findOne({ crewId: { $eq: user.crewId } }).lean();
    if (!member) {
      throw new NotFoundException('Crew member not found');
    }
    const merged = deepMerge({ ...(member.preferences ?? {}) }, patch);
    await this.members.updateOne({ crewId: { $eq: user.crewId } }, { $set: { preferences: merged } });
    return merged;
  }

  async searchRoster(user: AuthUser, filter: RosterFilter = {}): Promise<RosterShift[]> {
    if (!this.isPlanner(user)) {
      if (typeof filter.crewId === 'string' && filter.crewId !== user.crewId) {
        throw new ForbiddenException('Crew can only view their own roster');
      }
      filter.crewId = filter.crewId ?? user.crewId;
    }
    return this.roster.findShifts(filter);
  }

  myShifts(user: AuthUser, from?: string): Promise<RosterShift[]> {
    if (!user.crewId) {
      throw new ForbiddenException('Not a crew account');
    }
    return this.roster.findForCrewMember(user.crewId, from);
  }

  vesselRoster(vessel: string, from?: string): Promise<RosterShift[]> {
    return this.roster.findByVessel(vessel, from);
  }

  swapBoard(vessel: string): Promise<RosterShift[]> {
    return this.roster.findOpenSwaps(vessel.trim());
  }

  async requestSwap(user: AuthUser, shiftId: string, note: string): Promise<void> {
    if (!user.crewId || !(await this.roster.requestSwap(shiftId, user.crewId, note))) {
      throw new NotFoundException('Shift not found or not swappable');
    }
  }

  lookupColleague(email: string): Promise<DirectoryEntry[]> {
    return this.directory.findByEmail(email.trim());
  }

  async directoryCard(crewId: string): Promise<DirectoryEntry> {
    const entry = await this.directory.findByCrewId(crewId);
    if (!entry) {
      throw new NotFoundException('No directory entry');
    }
    return entry;
  }

  async publishNotice(user: AuthUser, dto: CreateNoticeDto): Promise<CrewNotice> {
    const doc = await this.notices.findOneAndUpdate(
      { slug: { $eq: dto.slug } },
      { $set: { ...dto, vessels: dto.vessels ?? [], publishedBy: user.email || user.id } },
      { upsert: true, new: true },
    );
    if (!doc) {
      throw new NotFoundException('Notice could not be saved');
    }
    return doc.toObject();
  }

  listNotices(vessel?: string): Promise<CrewNotice[]> {
    const filter = vessel ? { $or: [{ vessels: { $size: 0 } }, { vessels: { $eq: String(vessel) } }] } : {};
    return this.notices.find(filter).sort({ updatedAt: -1 }).limit(50).lean();
  }
}
