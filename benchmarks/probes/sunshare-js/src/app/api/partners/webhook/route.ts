import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth';
import { jsonError } from '@/lib/web';
import { registerWebhook, sendTestEvent } from '@/services/partnerService';

/** POST: register an installer's callback URL.  PUT: fire a sample event at it. */
export async function POST(req: NextRequest) {
  let session;
  try {
    session = await requireSession('admin');
  } catch {
    return jsonError(403, 'Admin only');
  }
  const { partnerId, callbackUrl } = await req.json();
  const registration = await registerWebhook(Number(partnerId), String(callbackUrl), session.sub);
  return NextResponse.json(registration, { status: 201 });
}

export async function PUT(req: NextRequest) {
  try {
    await requireSession('admin', 'treasurer');
  } catch {
    return jsonError(403, 'Staff only');
  }
  const { partnerId, overrideUrl } = await req.json();
  const result = await sendTestEvent(Number(partnerId), overrideUrl ? String(overrideUrl) : undefined);
  return NextResponse.json(result);
}
