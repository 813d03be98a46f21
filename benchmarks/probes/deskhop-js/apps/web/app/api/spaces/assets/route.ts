import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NextRequest, NextResponse } from 'next/server';
import { requireRole } from '@/lib/auth/session';
import { config } from '@/lib/config';
import { handleRouteError, HttpError } from '@/lib/http/errors';
import { publish } from '@/lib/queue';
import { parseSite } from '@/lib/validation';

const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

export async function POST(req: NextRequest) {
  try {
    const session = await requireRole('host');
    const form = await req.formData();
    const site = parseSite(form.get('site'));
    const archive = form.get('archive');
    if (!(archive instanceof File) || !archive.name.toLowerCase().endsWith('.zip')) {
      throw new HttpError(400, 'Upload a .zip archive of photos and signage');
    }
    if (archive.size > MAX_ARCHIVE_BYTES) {
      throw new HttpError(413, 'Archive is larger than 50 MB');
    }
    await mkdir(config.storage.uploadDir, { recursive: true });
    const archivePath = path.join(config.storage.uploadDir, `${randomUUID()}.zip`);
    await writeFile(archivePath, Buffer.from(await archive.arrayBuffer()));
    await publish(config.queues.assets, { site, archivePath, uploadedBy: session.memberId, originalName: archive.name });
    return NextResponse.json({ queued: true }, { status: 202 });
  } catch (err) {
    return handleRouteError(err);
  }
}
