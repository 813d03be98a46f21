import { NextRequest, NextResponse } from 'next/server';
import { issueSession, type Role } from '@/lib/auth/session';
import { config } from '@/lib/config';
import { redirectAfterLogin } from '@/lib/http/redirects';
import { authenticate } from '@/lib/services/memberService';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const email = String(form.get('email') ?? '').trim().toLowerCase();
  const password = String(form.get('password') ?? '');

  const member = email && password ? await authenticate(email, password) : null;
  if (!member) {
    return NextResponse.redirect(new URL('/login?error=invalid', req.nextUrl.origin), 303);
  }

  const token = await issueSession({
    memberId: member.id,
    email: member.email,
    name: member.fullName,
    handle: member.handle,
    role: member.role as Role,
    site: member.homeSite,
  });

  const res = redirectAfterLogin(req, req.nextUrl.searchParams.get('next'));
  res.cookies.set(config.session.cookie, token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    path: '/',
    maxAge: config.session.ttlSeconds,
  });
  return res;
}
