import { NextRequest } from 'next/server';
import { issueSession, readPartnerHandoff } from '@/lib/auth';
import { jsonError, redirectAfterLogin, redirectWithinApp } from '@/lib/web';

/**
 * GET /api/auth/callback?handoff=<jwt>&next=/statements
 * GET /api/auth/callback?returnTo=/dashboard   (after the regular sign-in form)
 */
export async function GET(req: NextRequest) {
  const params = req.nextUrl.searchParams;
  const handoff = params.get('handoff');

  if (handoff) {
    let claims;
    try {
      claims = readPartnerHandoff(handoff);
    } catch (err) {
      return jsonError(400, (err as Error).message);
    }
    await issueSession(claims);
    return redirectAfterLogin(params.get('next'));
  }

  return redirectWithinApp(params.get('returnTo'));
}
