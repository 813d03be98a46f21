import { useEffect, useState } from 'react';
import { api, type FanPost } from '../api/client';
import { EventDescription } from './EventDescription';

export function FanWall({ eventId }: { eventId: number }) {
  const [posts, setPosts] = useState<FanPost[]>([]);

  useEffect(() => {
    api.fanWall(eventId).then(setPosts).catch(() => setPosts([]));
  }, [eventId]);

  return (
    <ul className="fan-wall">
      {posts.map((post) => (
        <li key={post.id} className="fan-wall__post">
          <strong>{post.author}</strong> <time>{new Date(post.postedAt).toLocaleString()}</time>
          <div className="fan-wall__message" dangerouslySetInnerHTML={{ __html: post.messageHtml }} /> {/* VULN xss */}
        </li>
      ))}
    </ul>
  );
}

export function EventPage({ slug }: { slug: string }) {
  const [event, setEvent] = useState<Awaited<ReturnType<typeof api.event>> | null>(null);

  useEffect(() => {
    api.event(slug).then(setEvent).catch(() => setEvent(null));
  }, [slug]);

  if (!event) return <p className="loading">Loading&hellip;</p>;
  return (
    <main className="event-page">
      <h1>{event.title}</h1>
      <EventDescription html={event.descriptionHtml} />
      <FanWall eventId={event.id} />
    </main>
  );
}
