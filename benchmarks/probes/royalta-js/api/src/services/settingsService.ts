import _ from 'lodash';
import { findArtistById, saveDashboardSettings } from '../repositories/artistRepository';
import { HttpError } from '../lib/http';

export const DEFAULT_DASHBOARD = {
  range: '90d',
  currency: 'USD',
  widgets: { topTracks: true, territories: true, payouts: true, forecast: false },
};

const EDITABLE_KEYS = new Set(['range', 'currency', 'widgets.topTracks', 'widgets.territories', 'widgets.payouts', 'widgets.forecast']);

export async function mergeDashboardSettings(artistId: string, patch: Record<string, unknown>) {
  const artist = await findArtistById(artistId);
  if (!artist) throw new HttpError(404, 'artist not found');
  const merged = _.merge({}, DEFAULT_DASHBOARD, artist.dashboard_settings ?? {}, patch); // VULN proto
  await saveDashboardSettings(artistId, merged);
  return merged;
}

export async function setDashboardOption(artistId: string, key: string, value: unknown) {
  if (!EDITABLE_KEYS.has(key)) throw new HttpError(422, `setting "${key}" cannot be changed`);
  const artist = await findArtistById(artistId);
  if (!artist) throw new HttpError(404, 'artist not found');
  const settings = _.cloneDeep(artist.dashboard_settings ?? DEFAULT_DASHBOARD);
  _.set(settings, key, value); // SAFE proto
  await saveDashboardSettings(artistId, settings);
  return settings;
}
