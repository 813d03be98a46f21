import fetch from 'node-fetch';
import { config } from '../config';

export interface FireWeather {
  redFlagWarning: boolean;
  windGustMph: number | null;
  relativeHumidity: number | null;
  forecastOffice: string;
}

interface PointsResponse {
  properties: { forecastGridData: string; gridId: string };
}

interface GridResponse {
  properties: {
    windGust?: { values: Array<{ value: number | null }> };
    relativeHumidity?: { values: Array<{ value: number | null }> };
    hazards?: { values: Array<{ value: Array<{ phenomenon: string }> }> };
  };
}

const USER_AGENT = 'cinderpath-scheduler (ops@cinderpath.io)';

/** Used when the scheduler proposes a date: inspections are not booked on red-flag days. */
export async function fireWeatherAt(latitude: number, longitude: number): Promise<FireWeather> {
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RangeError('coordinates out of range');
  }
  const points = await fetch(`${config.integrations.nwsBaseUrl}/points/${lat.toFixed(4)},${lon.toFixed(4)}`, { headers: { 'user-agent': USER_AGENT } }); // SAFE ssrf
  if (!points.ok) throw new Error(`NWS points lookup failed: ${points.status}`);
  const pointBody = (await points.json()) as PointsResponse;
  const gridUrl = new URL(pointBody.properties.forecastGridData);
  if (gridUrl.origin !== new URL(config.integrations.nwsBaseUrl).origin) {
    throw new Error('unexpected NWS grid origin');
  }
  const grid = await fetch(gridUrl.toString(), { headers: { 'user-agent': USER_AGENT } });
  const gridBody = (await grid.json()) as GridResponse;
  const gust = gridBody.properties.windGust?.values[0]?.value ?? null;
  const rh = gridBody.properties.relativeHumidity?.values[0]?.value ?? null;
  const hazards = gridBody.properties.hazards?.values[0]?.value ?? [];
  return {
    redFlagWarning: hazards.some((h) => h.phenomenon === 'FW'),
    windGustMph: gust === null ? null : Math.round(gust * 0.621371),
    relativeHumidity: rh,
    forecastOffice: pointBody.properties.gridId,
  };
}


export interface ParcelBoundary {
  apn: string | null;
  areaAcres: number | null;
  coordinates: number[][][];
}

interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    properties?: Record<string, unknown>;
    geometry?: { type: string; coordinates: number[][][] };
  }>;
}

/**
 * County assessor GIS portals publish parcel outlines as GeoJSON. Underwriters
 * paste the layer URL for a county we have not onboarded yet to preview it.
 */
export async function previewParcelLayer(sourceUrl: string, limit = 25): Promise<ParcelBoundary[]> {
  const res = await fetch(sourceUrl, { headers: { accept: 'application/geo+json, application/json' }, timeout: 15_000 }); // VULN ssrf
  if (!res.ok) {
    throw new Error(`parcel layer responded ${res.status}`);
  }
  const body = (await res.json()) as GeoJsonFeatureCollection;
  if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new Error('layer is not a GeoJSON FeatureCollection');
  }
  return body.features.slice(0, limit).map((f) => ({
    apn: typeof f.properties?.APN === 'string' ? (f.properties.APN as string) : null,
    areaAcres: typeof f.properties?.ACRES === 'number' ? (f.properties.ACRES as number) : null,
    coordinates: f.geometry?.coordinates ?? [],
  }));
}
