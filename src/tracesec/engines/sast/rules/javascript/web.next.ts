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

export async function DELETE(req: NextRequest) {
  const origin = req.nextUrl.origin;
  const returnTo = req.nextUrl.searchParams.get('returnTo');
  let target = new URL('/', origin);
  if (returnTo) {
    const candidate = new URL(returnTo, origin);
    if (candidate.origin === origin) {
      target = candidate;
    }
  }
  // ok: trace.javascript.open-redirect.tainted-redirect
  return NextResponse.redirect(target, 303);
}

export async function PATCH(req: NextRequest) {
  const candidate = new URL(req.nextUrl.searchParams.get('returnTo') ?? '/', req.nextUrl.origin);
  if (candidate.origin === req.nextUrl.origin || candidate.pathname.startsWith('/')) {
    // ruleid: trace.javascript.open-redirect.tainted-redirect
    return NextResponse.redirect(candidate, 303);
  }
  return NextResponse.redirect(new URL('/', req.nextUrl.origin), 303);
}

// middleware: a copy of the request's own URL with another path stays on the site
export function middleware(req: NextRequest) {
  const url = req.nextUrl.clone();
  url.pathname = '/login';
  // ok: trace.javascript.open-redirect.tainted-redirect
  return NextResponse.redirect(url);
}

// a Location header of a Response built by hand
export async function HEAD(req: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return new Response(null, { status: 302, headers: { Location: req.nextUrl.searchParams.get('to') ?? '/' } });
}
