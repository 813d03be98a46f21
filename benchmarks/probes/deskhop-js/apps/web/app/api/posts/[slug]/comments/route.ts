import { NextRequest, NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError } from '@/lib/http/errors';
import { addComment } from '@/lib/services/postService';
import { commentSchema } from '@/lib/validation';

export async function POST(req: NextRequest, { params }: { params: { slug: string } }) {
  try {
    const session = await requireSession();
    const { text } = commentSchema.parse(await req.json());
    await addComment(params.slug, session, text);
    revalidatePath(`/community/${params.slug}`);
    return NextResponse.json({ ok: true }, { status: 201 });
  } catch (err) {
    return handleRouteError(err);
  }
}
