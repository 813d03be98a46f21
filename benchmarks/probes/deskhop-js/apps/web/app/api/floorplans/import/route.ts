import { NextRequest, NextResponse } from 'next/server';
import { requireRole } from '@/lib/auth/session';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { extractTileBundle, importPlan, importRoomCatalog } from '@/lib/services/floorplanService';
import { parseSite } from '@/lib/validation';

export const maxDuration = 60;

const MAX_XML_BYTES = 5 * 1024 * 1024;
const MAX_ZIP_BYTES = 40 * 1024 * 1024;

export async function POST(req: NextRequest) {
  try {
    await requireRole('host');
    const form = await req.formData();
    const site = parseSite(form.get('site'));
    const plan = form.get('plan');
    const catalog = form.get('catalog');
    const tiles = form.get('tiles');

    const summary: Record<string, unknown> = { site };
    if (plan instanceof File) {
      if (plan.size > MAX_XML_BYTES) throw new HttpError(413, 'Floor plan is too large');
      summary.plan = await importPlan(site, await plan.text());
    }
    if (catalog instanceof File) {
      if (catalog.size > MAX_XML_BYTES) throw new HttpError(413, 'Room catalog is too large');
      summary.catalog = await importRoomCatalog(site, await catalog.text());
    }
    if (tiles instanceof File) {
      if (tiles.size > MAX_ZIP_BYTES) throw new HttpError(413, 'Tile bundle is too large');
      summary.tiles = await extractTileBundle(site, Buffer.from(await tiles.arrayBuffer()));
    }
    if (Object.keys(summary).length === 1) {
      throw new HttpError(400, 'Nothing to import');
    }
    return NextResponse.json(summary);
  } catch (err) {
    return handleRouteError(err);
  }
}
