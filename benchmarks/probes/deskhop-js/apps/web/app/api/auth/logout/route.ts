import { NextRequest } from 'next/server';
import { config } from '@/lib/config';
import { redirectToSameOrigin } from '@/lib/http/redirects';

export async function POST(req: NextRequest) {
  const form = await req.formData().catch(() => null);
  const returnTo = form?.get('returnTo');
  const res = redirectToSameOrigin(req, typeof returnTo === 'string' ? returnTo : req.nextUrl.searchParams.get('returnTo'));
  res.cookies.delete(config.session.cookie);
  return res;
}
