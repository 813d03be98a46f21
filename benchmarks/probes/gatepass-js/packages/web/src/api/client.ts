export interface EventDetails {
  id: number;
  title: string;
  startsAt: string;
  descriptionHtml: string;
}

export interface FanPost {
  id: string;
  author: string;
  postedAt: string;
  messageHtml: string;
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`/api${path}`, { credentials: 'include', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${path}`);
  return (await res.json()) as T;
}

export const api = {
  event: (slug: string) => getJson<EventDetails>(`/events/by-slug/${encodeURIComponent(slug)}`),
  fanWall: (eventId: number) => getJson<FanPost[]>(`/events/${eventId}/fan-wall`),
};
