import { knex } from '../db';

export interface StatementRow {
  id: string;
  artist_name: string;
  period: string;
  currency: string;
  net_cents: number;
  status: 'draft' | 'issued' | 'paid';
}

const base = () => knex('statements as s').join('artists as a', 'a.id', 's.artist_id').select('s.*', 'a.name as artist_name');

export const listStatements = (artistId: string): Promise<StatementRow[]> =>
  base().where('s.artist_id', artistId).orderBy('s.period', 'desc');

export const findByPeriod = (artistId: string, period: string): Promise<StatementRow | undefined> =>
  base().where({ 's.artist_id': artistId, 's.period': period }).first();

export const statementLines = (statementId: string): Promise<{ title: string; isrc: string; dsp: string; streams: number; net_cents: number }[]> =>
  knex('statement_lines as l')
    .join('tracks as t', 't.id', 'l.track_id')
    .select('t.title', 't.isrc', 'l.dsp', 'l.streams', 'l.net_cents')
    .where('l.statement_id', statementId)
    .orderBy('l.net_cents', 'desc');
