import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPostBySlug } from '@/lib/services/postService';
import { renderMentions } from '@/lib/utils/mentions';
import CommentForm from './CommentForm';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: { slug: string } }): Promise<Metadata> {
  const post = await getPostBySlug(params.slug);
  return post ? { title: `${post.title} · Deskhop community`, description: post.excerpt } : {};
}

export default async function CommunityPostPage({ params }: { params: { slug: string } }) {
  const post = await getPostBySlug(params.slug);
  if (!post) notFound();

  return (
    <article className="post">
      <header className="post__header">
        <h1>{post.title}</h1>
        <p className="post__meta">
          {post.authorName} · {post.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}
          {post.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </p>
      </header>
      <section className="post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} /> {/* SAFE xss */}
      <section className="post__comments">
        <h2>
          {post.comments.length} {post.comments.length === 1 ? 'comment' : 'comments'}
        </h2>
        <ol>
          {post.comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__author">
                {comment.authorName} <span className="muted">@{comment.authorHandle}</span>
              </p>
              <div className="comment__text" dangerouslySetInnerHTML={{ __html: renderMentions(comment.text) }} /> {/* VULN xss */}
            </li>
          ))}
        </ol>
        <CommentForm slug={post.slug} />
      </section>
    </article>
  );
}
