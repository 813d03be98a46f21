import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import * as yaml from 'js-yaml';
import { appConfig } from '../config/app.config';
import { PrismaService } from '../prisma/prisma.service';

interface LotRow {
  id: number;
  lot_code: string;
  crop: string;
  grade: string | null;
  net_weight_kg: number;
}

interface ManifestEntry {
  lot: string;
  crop: string;
  crates: number;
  netWeightKg: number;
}

export function currentSeason(now = new Date()): number {
  // the cooperative season rolls over on 1 July
  return now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

@Injectable()
export class LotsService {
  constructor(private readonly prisma: PrismaService) {}

  async byCode(code: string): Promise<LotRow> {
    const rows = await this.prisma.$queryRawUnsafe<LotRow[]>( // SAFE sqli
      `SELECT id, lot_code, crop, grade, net_weight_kg FROM harvest_lots WHERE lot_code = '${code}' LIMIT 1`,
    );
    if (rows.length === 0) throw new NotFoundException(`lot ${code} not found`);
    return rows[0];
  }

  async importManifest(text: string) {
    const doc = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as { entries?: ManifestEntry[] } | null; // SAFE deser
    const entries = doc?.entries;
    if (!Array.isArray(entries) || entries.length === 0) throw new BadRequestException('manifest has no entries');
    const season = currentSeason();
    const created = await this.prisma.$transaction(
      entries.map((e) =>
        this.prisma.harvestLot.create({
          data: { lotCode: String(e.lot), crop: String(e.crop), crates: Number(e.crates) || 0, netWeightKg: Number(e.netWeightKg) || 0, season },
        }),
      ),
    );
    return { imported: created.length };
  }

  setGrade(lotId: number, grade: string) {
    if (!appConfig.grades.includes(grade)) throw new BadRequestException(`unknown grade ${grade}`);
    return this.prisma.harvestLot.update({ where: { id: lotId }, data: { grade, gradedAt: new Date() } });
  }
}
