import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { config } from '../../config';
import { logger } from '../logger';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const REGION_PATTERN = /[a-z0-9_-]+/i;

export interface BoundingBox {
  west: number;
  north: number;
  east: number;
  south: number;
}

export interface RasterInfo {
  driver: string;
  width: number;
  height: number;
  crs: string | null;
}

function formatBox(box: BoundingBox): string {
  return [box.west, box.north, box.east, box.south].map((n) => Number(n).toFixed(6)).join(' ');
}

/**
 * Cuts a fuel-model PNG for a region out of the state-wide raster, used by
 * the scheduler map when zoomed into a county.
 */
export async function renderFuelModelTile(region: string, box: BoundingBox): Promise<string> {
  if (!REGION_PATTERN.test(region)) {
    throw new Error('invalid region code');
  }
  const source = path.join(config.storage.rastersDir, 'fuel_model_2024.tif');
  const output = path.join(config.storage.tilesDir, 'fuel', `${region}.png`);
  logger.info('rendering fuel tile', { region });
  await execAsync(`gdal_translate -of PNG -projwin ${formatBox(box)} ${source} ${config.storage.tilesDir}/fuel/${region}.png`); // VULN cmdi
  return output;
}

/** Reads raster metadata for the admin raster catalogue. */
export async function describeRaster(datasetId: string): Promise<RasterInfo> {
  if (!/^[a-z0-9_]{3,40}$/.test(datasetId)) {
    throw new Error('invalid dataset id');
  }
  const datasetPath = path.join(config.storage.rastersDir, `${datasetId}.tif`);
  const { stdout } = await execFileAsync('gdalinfo', ['-json', datasetPath], { maxBuffer: 4 * 1024 * 1024 }); // SAFE cmdi
  const info = JSON.parse(stdout);
  return {
    driver: info.driverShortName,
    width: info.size?.[0] ?? 0,
    height: info.size?.[1] ?? 0,
    crs: info.coordinateSystem?.wkt ?? null,
  };
}
