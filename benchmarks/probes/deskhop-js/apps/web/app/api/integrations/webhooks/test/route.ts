import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError } from '@/lib/http/errors';
import { sendTestWebhook } from '@/lib/services/integrationService';
import { webhookTestSchema } from '@/lib/validation';

export async function POST(req: NextRequest) {
  try {
    const session = await requireSession();
    const { url, event } = webhookTestSchema.parse(await req.json());
    const result = await sendTestWebhook(session.memberId, url, event);
    return NextResponse.json(result);
  } catch (err) {
    return handleRouteError(err);
  }
}
