import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { findMemberById } from '@/lib/repositories/memberRepository';
import { updateProfile } from '@/lib/services/memberService';
import { isPlainObject } from '@/lib/utils/deepMerge';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const session = await requireSession();
    const member = await findMemberById(session.memberId);
    if (!member) throw new HttpError(404, 'Member not found');
    const { passwordHash: _omit, ...profile } = member;
    return NextResponse.json(profile);
  } catch (err) {
    return handleRouteError(err);
  }
}

export async function PATCH(req: NextRequest) {
  try {
    const session = await requireSession();
    const body = await req.json();
    if (!isPlainObject(body)) {
      throw new HttpError(400, 'Expected a JSON object');
    }
    await updateProfile(session.memberId, body);
    return NextResponse.json({ updated: true });
  } catch (err) {
    return handleRouteError(err);
  }
}
