import { NextRequest, NextResponse } from 'next/server';
import { timingSafeEqual } from 'node:crypto';
import { jsonError } from '@/lib/web';
import { ingestGreenButtonFeed, ingestInverterExport } from '@/services/meterParser';

export const runtime = 'nodejs';

function utilityAuthorised(req: NextRequest): boolean {
  const expected = Buffer.from(process.env.UTILITY_FEED_KEY ?? '');
  const given = Buffer.from(req.headers.get('x-feed-key') ?? '');
  return expected.length > 0 && expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The distribution utility pushes Green Button (ESPI Atom) interval data; our own
 * inverter gateways upload their nightly export in a flat XML format.
 */
export async function POST(req: NextRequest) {
  const body = await req.text();
  if (body.length > 5_000_000) return jsonError(413, 'Feed too large');

  const contentType = req.headers.get('content-type') ?? '';
  if (contentType.includes('atom+xml')) {
    const readings = await ingestGreenButtonFeed(body);
    return NextResponse.json({ accepted: readings.length });
  }

  if (!utilityAuthorised(req)) return jsonError(401, 'Unknown feed source');
  const readings = await ingestInverterExport(body);
  return NextResponse.json({ accepted: readings.length });
}
