import { prisma } from './db';

export interface LotSummary {
  lot_code: string;
  crop: string;
  grade: string | null;
  net_weight_kg: number;
  received_at: Date;
}

export interface LotFilter {
  crop?: string;
  season: number;
  growerId?: number;
}

export interface LotNotesUpdate {
  lotCode: string;
  notes: string;
  growerId: number;
}

export function findLots(filter: LotFilter) {
  const crop = filter.crop ?? null;
  return prisma.$queryRaw<LotSummary[]>`SELECT lot_code, crop, grade, net_weight_kg, received_at FROM harvest_lots WHERE season = ${filter.season} AND (${crop}::text IS NULL OR crop = ${crop}) ORDER BY received_at DESC LIMIT 100`; // SAFE sqli
}

export function saveLotNotes(update: LotNotesUpdate) {
  return prisma.$executeRawUnsafe( // VULN sqli
    `UPDATE harvest_lots SET grower_notes = '${update.notes}', updated_at = now() WHERE lot_code = $1 AND grower_id = $2`,
    update.lotCode,
    update.growerId,
  );
}
