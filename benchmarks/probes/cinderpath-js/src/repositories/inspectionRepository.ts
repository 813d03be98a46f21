import { Prisma } from '@prisma/client';
import { prisma } from '../lib/db';
import type { InspectionRow, InspectionStatus } from '../dto/inspection';

export interface ListPage {
  carrierId: string;
  status?: InspectionStatus;
  sortColumn: string;
  direction: 'ASC' | 'DESC';
  limit: number;
  offset: number;
}

const BASE_SELECT = `
  SELECT i.id, i.status, i.scheduled_for, i.risk_score,
         p.policy_number, p.insured_name, p.county, p.zip, p.risk_tier
    FROM inspections i
    JOIN properties p ON p.id = i.property_id`;

export const inspectionRepository = {
  async listForCarrier(page: ListPage): Promise<InspectionRow[]> {
    const statusFilter = page.status ? 'AND i.status = $4' : '';
    const params: unknown[] = [page.carrierId, page.limit, page.offset];
    if (page.status) params.push(page.status);
    return prisma.$queryRawUnsafe<InspectionRow[]>(`${BASE_SELECT} WHERE i.carrier_id = $1 ${statusFilter} ORDER BY ${page.sortColumn} ${page.direction} LIMIT $2 OFFSET $3`, ...params); // VULN sqli
  },

  async calendar(carrierId: string, from: Date, to: Date): Promise<InspectionRow[]> {
    return prisma.$queryRaw<InspectionRow[]>(Prisma.sql`SELECT i.id, i.status, i.scheduled_for, i.risk_score, p.policy_number, p.insured_name, p.county, p.zip, p.risk_tier FROM inspections i JOIN properties p ON p.id = i.property_id WHERE i.carrier_id = ${carrierId} AND i.scheduled_for BETWEEN ${from} AND ${to} ORDER BY i.scheduled_for`); // SAFE sqli
  },

  async searchByArea(carrierId: string, zip: string, county: string, minTier: number): Promise<InspectionRow[]> {
    return prisma.$queryRawUnsafe<InspectionRow[]>(`${BASE_SELECT} WHERE i.carrier_id = $1 AND p.zip = $2 AND p.county ILIKE '%${county}%' AND p.risk_tier >= $3 ORDER BY p.risk_tier DESC`, carrierId, zip, minTier); // VULN sqli
  },

  async countyBacklog(carrierId: string, county: string): Promise<Array<{ status: string; total: bigint }>> {
    return prisma.$queryRawUnsafe('SELECT i.status, COUNT(*) AS total FROM inspections i JOIN properties p ON p.id = i.property_id WHERE i.carrier_id = $1 AND p.county ILIKE $2 GROUP BY i.status', carrierId, `%${county}%`); // SAFE sqli
  },

  findById(id: string) {
    return prisma.inspection.findUnique({
      where: { id },
      include: { property: { include: { carrier: true } }, notes: { orderBy: { createdAt: 'asc' } } },
    });
  },

  findByAccessCode(accessCode: string) {
    return prisma.inspection.findFirst({ where: { accessCode }, include: { property: true } });
  },

  updateStatus(id: string, status: InspectionStatus, extra: Prisma.InspectionUpdateInput = {}) {
    return prisma.inspection.update({ where: { id }, data: { status, ...extra } });
  },

  saveFieldNotes(id: string, fieldNotes: string) {
    return prisma.inspection.update({ where: { id }, data: { fieldNotes } });
  },

  addNote(inspectionId: string, authorId: string, body: string, bodyHtml: string) {
    return prisma.inspectionNote.create({ data: { inspectionId, authorId, body, bodyHtml } });
  },

  saveChecklist(id: string, checklist: Prisma.InputJsonValue) {
    return prisma.inspection.update({ where: { id }, data: { checklist } });
  },

  saveRiskScore(id: string, riskScore: number) {
    return prisma.inspection.update({ where: { id }, data: { riskScore } });
  },

  /** County benchmark printed on the report cover ("n homes inspected, average score x"). */
  async countyPeerScores(county: string, excludeId: string): Promise<{ average: number | null; inspected: number }> {
    const rows = await prisma.$queryRawUnsafe<Array<{ avg: number | null; n: bigint }>>(`SELECT AVG(i.risk_score) AS avg, COUNT(*) AS n FROM inspections i JOIN properties p ON p.id = i.property_id WHERE p.county = '${county}' AND i.status = 'completed' AND i.id <> $1`, excludeId); // VULN sqli
    const row = rows[0];
    return { average: row?.avg ?? null, inspected: Number(row?.n ?? 0) };
  },
};
