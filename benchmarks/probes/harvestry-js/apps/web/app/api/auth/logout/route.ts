import { NextRequest, NextResponse } from 'next/server';
import { safeReturnPath } from '@/lib/redirects';

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const target = safeReturnPath(form.get('returnTo'), '/');
  const response = NextResponse.redirect(new URL(target, request.url), 303); // SAFE redirect
  response.cookies.delete('hv_grower');
  return response;
}
