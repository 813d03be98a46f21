import { NextRequest, NextResponse } from 'next/server';
import { handleRouteError } from '@/lib/http/errors';
import { completePasswordReset, requestPasswordReset } from '@/lib/services/passwordResetService';
import { resetCompleteSchema, resetRequestSchema } from '@/lib/validation';

export async function POST(req: NextRequest) {
  try {
    const { email } = resetRequestSchema.parse(await req.json());
    await requestPasswordReset(email);
    // Same answer whether or not the address exists.
    return NextResponse.json({ ok: true }, { status: 202 });
  } catch (err) {
    return handleRouteError(err);
  }
}

export async function PUT(req: NextRequest) {
  try {
    const { token, password } = resetCompleteSchema.parse(await req.json());
    await completePasswordReset(token, password);
    return NextResponse.json({ ok: true });
  } catch (err) {
    return handleRouteError(err);
  }
}
