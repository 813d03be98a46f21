import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { requireSession } from '@/lib/auth';
import { jsonError } from '@/lib/web';
import { getMemberSummary, inviteMember, searchMembers } from '@/services/memberService';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    await requireSession('treasurer', 'admin');
  } catch {
    return jsonError(401, 'Staff only');
  }

  const params = req.nextUrl.searchParams;
  const id = params.get('id');
  if (id !== null) {
    const memberId = Number(id);
    if (!Number.isInteger(memberId) || memberId <= 0) return jsonError(400, 'Invalid member id');
    const summary = await getMemberSummary(memberId);
    return summary ? NextResponse.json(summary) : jsonError(404, 'Not found');
  }

  const page = Math.max(1, parseInt(params.get('page') ?? '1', 10) || 1);
  const results = await searchMembers({
    query: params.get('q') ?? '',
    region: params.get('region'),
    page,
  });
  return NextResponse.json(results);
}

const inviteSchema = z.object({
  email: z.string().email(),
  fullName: z.string().min(2).max(120),
  region: z.enum(['north', 'south', 'coast', 'valley']),
  shares: z.number().int().min(1).max(400),
});

export async function POST(req: NextRequest) {
  try {
    await requireSession('admin');
  } catch {
    return jsonError(401, 'Admin only');
  }
  const parsed = inviteSchema.safeParse(await req.json());
  if (!parsed.success) return jsonError(400, parsed.error.message);
  const invite = await inviteMember(parsed.data);
  return NextResponse.json({ id: invite.id, letterCode: invite.inviteCode }, { status: 201 });
}
