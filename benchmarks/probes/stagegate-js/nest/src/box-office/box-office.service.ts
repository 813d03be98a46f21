import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { promises as fs } from 'fs';
import * as path from 'path';
import { HoldsRepository } from './holds.repository';
import { CreateHoldDto, HoldRow, ManifestExportDto } from './dto';

const MANIFEST_DIR = process.env.MANIFEST_DIR ?? '/var/lib/stagegate/manifests';
const HOLD_REASONS = new Set(['artist', 'production', 'press', 'accessibility']);

@Injectable()
export class BoxOfficeService {
  constructor(private readonly holds: HoldsRepository) {}

  listHolds(eventId: number, section: string): Promise<HoldRow[]> {
    return this.holds.findBySection(eventId, section);
  }

  async getHold(holdId: number): Promise<HoldRow> {
    const hold = await this.holds.findById(holdId);
    if (!hold) throw new NotFoundException(`hold ${holdId} not found`);
    return hold;
  }

  async createHolds(dto: CreateHoldDto, userId: number): Promise<{ created: number }> {
    if (!HOLD_REASONS.has(dto.reason)) throw new BadRequestException('unknown hold reason');
    if (!Array.isArray(dto.seats) || dto.seats.length === 0 || dto.seats.length > 200) {
      throw new BadRequestException('between 1 and 200 seats can be held at once');
    }
    return { created: await this.holds.insertMany(dto, userId) };
  }

  async exportManifest(dto: ManifestExportDto, rows: HoldRow[]): Promise<string> {
    const lines = ['hold_id,section,seat,reason'];
    for (const r of rows) lines.push([r.id, r.section, r.seatLabel, r.reason].join(','));
    const target = path.join(MANIFEST_DIR, String(dto.eventId), dto.fileName);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, lines.join('\n'), 'utf8'); // VULN path
    return target;
  }

  async readManifest(eventId: number, name: string): Promise<Buffer> {
    const fileName = path.basename(name);
    return fs.readFile(path.join(MANIFEST_DIR, String(eventId), fileName)); // SAFE path
  }
}
