export interface ShowSearchQuery {
  genre?: string;
  q?: string;
  sort?: string;
  weekday?: number;
  limit: number;
  offset: number;
}

export interface PlaylistQuery {
  showId?: number;
  title?: string;
  from?: string;
  to?: string;
  orderBy?: string;
  direction?: 'ASC' | 'DESC';
  limit: number;
}

export interface PlaylistItemInput {
  artist: string;
  title: string;
  note?: string | null;
  durationSeconds?: number;
}

export interface CreatePlaylistDto {
  showId: number;
  title: string;
  airDate: string;
  notes?: string | null;
  rotationRule?: string | null;
  items: PlaylistItemInput[];
}

export interface ListenerRequestDto {
  listenerName: string;
  email?: string | null;
  artist: string;
  title: string;
  dedication?: string | null;
  showSlug: string;
  returnUrl?: string | null;
}

export interface TranscodeJobData {
  uploadId: string;
  storedName: string;
  originalName: string;
  format: string;
  bitrate: string;
}

export interface PodcastImportJobData {
  showId: number;
  feedUrl: string;
  requestedBy: number;
}

const clampInt = (value: unknown, min: number, max: number, fallback: number): number => {
  const n = Number.parseInt(String(value), 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
};

export function toShowSearchQuery(raw: Record<string, any>): ShowSearchQuery {
  return {
    genre: typeof raw.genre === 'string' ? raw.genre.trim() : undefined,
    q: typeof raw.q === 'string' ? raw.q.trim() : undefined,
    sort: typeof raw.sort === 'string' ? raw.sort : undefined,
    weekday: raw.weekday !== undefined ? clampInt(raw.weekday, 0, 6, 0) : undefined,
    limit: clampInt(raw.$limit ?? raw.limit, 1, 100, 25),
    offset: clampInt(raw.$skip ?? raw.offset, 0, 10000, 0),
  };
}

export function toPlaylistQuery(raw: Record<string, any>): PlaylistQuery {
  return {
    showId: raw.showId !== undefined ? clampInt(raw.showId, 1, Number.MAX_SAFE_INTEGER, 0) : undefined,
    title: typeof raw.title === 'string' ? raw.title : undefined,
    from: typeof raw.from === 'string' ? raw.from : undefined,
    to: typeof raw.to === 'string' ? raw.to : undefined,
    orderBy: typeof raw.orderBy === 'string' ? raw.orderBy : undefined,
    direction: String(raw.direction).toUpperCase() === 'ASC' ? 'ASC' : 'DESC',
    limit: clampInt(raw.$limit ?? raw.limit, 1, 200, 50),
  };
}

export function toListenerRequestDto(payload: Record<string, any>): ListenerRequestDto {
  return {
    listenerName: String(payload.listenerName || 'Anonymous').slice(0, 80),
    email: payload.email ? String(payload.email).slice(0, 200) : null,
    artist: String(payload.artist || '').slice(0, 200),
    title: String(payload.title || '').slice(0, 200),
    dedication: payload.dedication ? String(payload.dedication).slice(0, 1000) : null,
    showSlug: String(payload.showSlug || ''),
    returnUrl: payload.returnUrl ? String(payload.returnUrl) : null,
  };
}
