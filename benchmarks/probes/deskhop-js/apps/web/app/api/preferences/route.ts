import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { getPreferences, savePreferences } from '@/lib/repositories/memberRepository';
import { deepMerge, isPlainObject, type PlainObject } from '@/lib/utils/deepMerge';

export const dynamic = 'force-dynamic';

const DEFAULT_PREFERENCES: PlainObject = {
  notifications: { email: true, push: false, digest: 'weekly', visitorArrivals: true },
  booking: { defaultSite: null, defaultDurationMinutes: 60, reminderMinutes: 30 },
  display: { theme: 'system', locale: 'en-GB', weekStartsOn: 1 },
};

export async function GET() {
  try {
    const session = await requireSession();
    const stored = await getPreferences(session.memberId);
    return NextResponse.json(deepMerge(structuredClone(DEFAULT_PREFERENCES), stored ?? {}));
  } catch (err) {
    return handleRouteError(err);
  }
}

export async function PATCH(req: NextRequest) {
  try {
    const session = await requireSession();
    const patch = await req.json();
    if (!isPlainObject(patch)) {
      throw new HttpError(400, 'Expected a JSON object');
    }
    const current = (await getPreferences(session.memberId)) ?? structuredClone(DEFAULT_PREFERENCES);
    const merged = deepMerge(current, patch);
    await savePreferences(session.memberId, merged);
    return NextResponse.json(merged);
  } catch (err) {
    return handleRouteError(err);
  }
}
