import { NextRequest, NextResponse } from 'next/server';
import { requireSession } from '@/lib/auth/session';
import { handleRouteError } from '@/lib/http/errors';
import { publishPost, searchPosts } from '@/lib/services/postService';
import { newPostSchema, parseSite } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    const session = await requireSession();
    const params = req.nextUrl.searchParams;
    const site = parseSite(params.get('site') ?? session.site);
    const posts = await searchPosts(site, params.get('q') ?? '');
    return NextResponse.json({
      site,
      posts: posts.map((p) => ({
        slug: p.slug,
        title: p.title,
        excerpt: p.excerpt,
        tags: p.tags,
        authorName: p.authorName,
        createdAt: p.createdAt,
      })),
    });
  } catch (err) {
    return handleRouteError(err);
  }
}

export async function POST(req: NextRequest) {
  try {
    const session = await requireSession();
    const input = newPostSchema.parse(await req.json());
    const post = await publishPost(session, input);
    return NextResponse.json({ slug: post.slug }, { status: 201 });
  } catch (err) {
    return handleRouteError(err);
  }
}
