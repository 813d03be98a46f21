import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { fetchEmbed } from '@/lib/services/integrationService';

export async function GET(req: NextRequest) {
  try {
    await requireSession();
    const link = req.nextUrl.searchParams.get('url');
    if (!link) throw new HttpError(400, 'url is required');
    const preview = await fetchEmbed(link);
    if (!preview) {
      return NextResponse.json({ supported: false });
    }
    return NextResponse.json({ supported: true, ...preview });
  } catch (err) {
    return handleRouteError(err);
  }
}
