import { promises as fs } from 'fs';
import path from 'path';
import { NextResponse } from 'next/server';
import { getSessionMember } from '@/lib/session';

export const runtime = 'nodejs';

const CLIPS_DIR = path.resolve(process.env.VALVEWORK_DATA_DIR ?? '/srv/valvework', 'clips');
const CLIP_NAME = /^[0-9a-f-]{36}\.mp3$/;

/** Short public clips cut by the media team (see the Express clip endpoint). */
export async function GET(_request: Request, { params }: { params: { file: string } }) {
  const name = path.basename(params.file);
  if (!CLIP_NAME.test(name)) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  try {
    const audio = await fs.readFile(path.join(CLIPS_DIR, name)); // SAFE path
    const member = getSessionMember();
    return new NextResponse(audio, {
      headers: {
        'Content-Type': 'audio/mpeg',
        'Cache-Control': member ? 'private, max-age=3600' : 'public, max-age=86400',
      },
    });
  } catch {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
}
