import { NextRequest, NextResponse } from 'next/server';

export async function GET(req: NextRequest) {
  const next = req.nextUrl.searchParams.get('next');
  const target = next && next.startsWith('/') ? next : '/dashboard';
  // `//evil.example` starts with a slash and resolves to another host
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return NextResponse.redirect(new URL(target, req.nextUrl.origin), 303);
}

export async function POST(req: NextRequest) {
  // ok: trace.javascript.open-redirect.tainted-redirect
  return NextResponse.redirect(new URL('/dashboard', req.nextUrl.origin), 303);
}

export async function PUT(req: NextRequest) {
  const back = req.nextUrl.searchParams.get('back');
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return Response.redirect(back, 302);
}
