import { topTracks } from '../repositories/playRepository';

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export interface TopTracksOptions {
  artistId: string;
  from?: string;
  to?: string;
  sort?: string;
  order?: string;
  limit: number;
}

export async function getTopTracks(opts: TopTracksOptions) {
  const rows = await topTracks({
    artistId: opts.artistId,
    from: opts.from ?? isoDate(new Date(Date.now() - 90 * DAY_MS)),
    to: opts.to ?? isoDate(new Date()),
    sortBy: opts.sort ?? 'streams',
    direction: opts.order ?? 'desc',
    limit: opts.limit,
  });
  return rows.map((r) => ({ ...r, streams: Number(r.streams), gross: Number(r.gross) }));
}
