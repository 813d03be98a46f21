import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NextRequest, NextResponse } from 'next/server';
import { BROCHURE_DIR } from '@/lib/config';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export async function GET(_req: NextRequest, { params }: { params: { slug: string } }) {
  if (!SLUG.test(params.slug)) return NextResponse.json({ error: 'not_found' }, { status: 404 });
  try {
    const pdf = await readFile(path.join(BROCHURE_DIR, `${params.slug}.pdf`)); // SAFE path
    return new NextResponse(pdf, { headers: { 'content-type': 'application/pdf' } });
  } catch {
    return NextResponse.json({ error: 'not_found' }, { status: 404 });
  }
}
