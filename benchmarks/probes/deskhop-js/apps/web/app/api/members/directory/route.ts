import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { findByEmail, searchByName } from '@/lib/services/directoryService';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    await requireSession();
    const params = req.nextUrl.searchParams;
    const email = params.get('email');
    if (email) {
      const entry = await findByEmail(email.trim());
      return NextResponse.json({ results: entry ? [entry] : [] });
    }
    const q = (params.get('q') ?? '').trim();
    if (q.length < 2) {
      throw new HttpError(400, 'Type at least two characters');
    }
    return NextResponse.json({ results: await searchByName(q) });
  } catch (err) {
    return handleRouteError(err);
  }
}
