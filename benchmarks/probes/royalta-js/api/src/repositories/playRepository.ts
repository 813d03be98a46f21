import { knex } from '../db';

export interface TopTracksQuery {
  artistId: string;
  from: string;
  to: string;
  sortBy: string;
  direction: string;
  limit: number;
}

const DIRECTIONS = new Set(['asc', 'desc']);

export async function topTracks(q: TopTracksQuery): Promise<{ id: string; title: string; isrc: string; streams: string; gross: string }[]> {
  const direction = DIRECTIONS.has(q.direction.toLowerCase()) ? q.direction : 'desc';
  return knex('plays')
    .join('tracks', 'tracks.id', 'plays.track_id')
    .select('tracks.id', 'tracks.title', 'tracks.isrc')
    .sum({ streams: 'plays.count', gross: 'plays.gross_amount' })
    .where('tracks.artist_id', q.artistId)
    .whereRaw('plays.played_on BETWEEN ?::date AND ?::date', [q.from, q.to]) // SAFE sqli
    .groupBy('tracks.id', 'tracks.title', 'tracks.isrc')
    .orderByRaw(`${q.sortBy} ${direction}`) // VULN sqli
    .limit(q.limit);
}

export async function dailyStreams(artistId: string, days: number): Promise<{ played_on: string; streams: number }[]> {
  const result = await knex.raw(
    `SELECT p.played_on, SUM(p.count)::int AS streams FROM plays p JOIN tracks t ON t.id = p.track_id
      WHERE t.artist_id = ? AND p.played_on >= current_date - ?::int GROUP BY p.played_on ORDER BY p.played_on`,
    [artistId, days],
  );
  return result.rows;
}
