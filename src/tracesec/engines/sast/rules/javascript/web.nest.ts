import { Controller, Get, Query, Redirect } from '@nestjs/common';
import { NextRequest, NextResponse } from 'next/server';
import axios from 'axios';

// NestJS and Next.js handlers read the request through decorators and nextUrl
@Controller('preview')
export class PreviewController {
  @Get()
  async preview(@Query('url') url: string) {
    // ruleid: trace.javascript.ssrf.tainted-url
    const page = await axios.get(url);
    // ok: trace.javascript.ssrf.tainted-url
    const status = await axios.get('https://status.example.com/api');
    return page.data + status.data;
  }
}

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url');
  // ruleid: trace.javascript.ssrf.tainted-url
  const upstream = await fetch(target);
  return NextResponse.json(await upstream.json());
}

// NestJS: a handler under @Redirect() answers with the URL it returns
@Controller('go')
export class GoController {
  @Get('out')
  @Redirect('/', 302)
  out(@Query('next') next: string) {
    // ruleid: trace.javascript.open-redirect.tainted-redirect
    return { url: next };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version: string) {
    // ok: trace.javascript.open-redirect.tainted-redirect
    return { url: `/docs/${encodeURIComponent(version)}` };
  }
}
