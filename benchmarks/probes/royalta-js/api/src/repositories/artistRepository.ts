import { QueryTypes } from 'sequelize';
import { sequelize } from '../db';

export interface ArtistRow {
  id: string;
  name: string;
  label_id: string;
  country: string;
  dashboard_settings: Record<string, unknown> | null;
}

export async function findArtistById(id: string): Promise<ArtistRow | null> {
  const rows = await sequelize.query<ArtistRow>( // SAFE sqli
    'SELECT id, name, label_id, country, dashboard_settings FROM artists WHERE id = :id',
    { replacements: { id }, type: QueryTypes.SELECT },
  );
  return rows[0] ?? null;
}

export async function searchArtists(labelId: string, term: string, limit = 25): Promise<ArtistRow[]> {
  return sequelize.query<ArtistRow>( // VULN sqli
    `SELECT id, name, label_id, country, NULL AS dashboard_settings FROM artists
      WHERE label_id = '${labelId}' AND name ILIKE '%${term}%' ORDER BY name LIMIT ${limit}`,
    { type: QueryTypes.SELECT },
  );
}

export async function saveDashboardSettings(id: string, settings: object): Promise<void> {
  await sequelize.query('UPDATE artists SET dashboard_settings = $1, updated_at = now() WHERE id = $2', { bind: [JSON.stringify(settings), id] });
}

export async function artistBelongsToLabel(artistId: string, labelId: string): Promise<boolean> {
  const rows = await sequelize.query('SELECT 1 FROM artists WHERE id = :artistId AND label_id = :labelId', {
    replacements: { artistId, labelId },
    type: QueryTypes.SELECT,
  });
  return rows.length > 0;
}
