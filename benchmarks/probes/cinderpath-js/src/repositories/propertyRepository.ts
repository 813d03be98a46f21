import { prisma } from '../lib/db';
import type { PropertyUpdateDto } from '../dto/property';

const SORTABLE: Record<string, string> = {
  tier: 'risk_tier',
  zip: 'zip',
  county: 'county',
  insured: 'insured_name',
  updated: 'updated_at',
};

function pickSortColumn(key: string): string {
  const column = SORTABLE[key];
  if (!column) {
    throw new RangeError(`cannot sort by ${key}`);
  }
  return column;
}

export const propertyRepository = {
  findById(id: string) {
    return prisma.property.findUnique({ where: { id }, include: { carrier: true } });
  },

  findByPolicy(carrierId: string, policyNumber: string) {
    return prisma.property.findFirst({ where: { carrierId, policyNumber } });
  },

  async listForCarrier(carrierId: string, sortKey: string, limit: number) {
    const column = pickSortColumn(sortKey);
    return prisma.$queryRawUnsafe(`SELECT id, policy_number, insured_name, county, zip, risk_tier FROM properties WHERE carrier_id = $1 ORDER BY ${column} DESC LIMIT $2`, carrierId, limit); // SAFE sqli
  },

  async appendHazardNotes(id: string, notes: string): Promise<number> {
    return prisma.$executeRawUnsafe(`UPDATE properties SET hazard_notes = concat_ws(E'\\n', hazard_notes, '${notes}'), updated_at = now() WHERE id = $1`, id); // VULN sqli
  },

  async setRiskTier(id: string, tier: number): Promise<number> {
    return prisma.$executeRawUnsafe('UPDATE properties SET risk_tier = $1, updated_at = now() WHERE id = $2', tier, id); // SAFE sqli
  },

  update(id: string, dto: PropertyUpdateDto) {
    return prisma.property.update({
      where: { id },
      data: {
        insuredName: dto.insuredName,
        listingUrl: dto.listingUrl === '' ? null : dto.listingUrl,
        accessNotes: dto.accessNotes,
        riskTier: dto.riskTier,
      },
    });
  },

  async upsertFromManifest(carrierId: string, row: {
    policyNumber: string;
    insuredName: string;
    street: string;
    city: string;
    county: string;
    zip: string;
    latitude: number;
    longitude: number;
  }) {
    const existing = await prisma.property.findFirst({ where: { carrierId, policyNumber: row.policyNumber } });
    if (existing) {
      return prisma.property.update({
        where: { id: existing.id },
        data: { insuredName: row.insuredName, street: row.street, city: row.city, county: row.county, zip: row.zip },
      });
    }
    return prisma.property.create({ data: { carrierId, ...row } });
  },
};
