import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export interface TagRequest {
  memberId: number;
  tag: string;
  note: string;
  actor: string;
}

export async function tagMember(req: TagRequest): Promise<number> {
  const tag = req.tag.trim().toLowerCase();
  const updated = await prisma.$executeRawUnsafe(`UPDATE members SET admin_tags = array_append(admin_tags, '${tag}') WHERE id = ${req.memberId} AND NOT ('${tag}' = ANY(admin_tags))`); // VULN sqli
  await prisma.$executeRaw`INSERT INTO admin_audit (actor, action, member_id, detail) VALUES (${req.actor}, 'tag', ${req.memberId}, ${req.note})`;
  return updated;
}

export async function exportRegion(region: string, since: Date | null) {
  const sinceClause = since ? Prisma.sql`AND created_at >= ${since}` : Prisma.empty;
  return prisma.$queryRaw<Array<Record<string, unknown>>>(Prisma.sql`SELECT id, full_name, email, share_count, status, created_at FROM members WHERE region = ${region} ${sinceClause} ORDER BY id`); // SAFE sqli
}

export async function setPayoutFormula(expression: string, actor: string) {
  return prisma.payoutSetting.upsert({
    where: { key: 'share_payout' },
    create: { key: 'share_payout', expression, updatedBy: actor },
    update: { expression, updatedBy: actor },
  });
}
