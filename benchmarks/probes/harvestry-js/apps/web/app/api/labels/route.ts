import { NextRequest, NextResponse } from 'next/server';
import { buildLabel } from '@/lib/labels';
import { getGrowerSession } from '@/lib/session';

export async function GET(request: NextRequest) {
  const session = await getGrowerSession();
  if (!session) {
    return NextResponse.json({ error: 'sign in required' }, { status: 401 });
  }
  const params = request.nextUrl.searchParams;
  const zpl = await buildLabel({
    templateUrl: params.get('template') ?? '',
    lot: {
      code: params.get('lot') ?? '',
      crop: params.get('crop') ?? '',
      weightKg: Number(params.get('weight')) || 0,
      grower: String(session.growerId),
    },
  });
  return new NextResponse(zpl, { headers: { 'Content-Type': 'application/zpl', 'Cache-Control': 'no-store' } });
}
