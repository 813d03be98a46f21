'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export default function CommentForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return;
    setSending(true);
    setError(null);
    try {
      const res = await fetch(`/api/posts/${encodeURIComponent(slug)}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setError(body.error ?? 'Could not post your comment.');
        return;
      }
      setText('');
      router.refresh();
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="comment-form" onSubmit={onSubmit}>
      <label htmlFor="comment-text" className="sr-only">
        Add a comment
      </label>
      <textarea
        id="comment-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Say hello, or @mention someone"
        maxLength={2000}
        rows={3}
      />
      {error ? <p className="form__error">{error}</p> : null}
      <button type="submit" disabled={sending || text.trim().length === 0}>
        {sending ? 'Posting…' : 'Post comment'}
      </button>
    </form>
  );
}
