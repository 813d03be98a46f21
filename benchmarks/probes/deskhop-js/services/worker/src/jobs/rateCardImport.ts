import yaml from 'js-yaml';
import { pool } from '../db';

export interface RateCardJob {
  site: string;
  yamlText: string;
  uploadedBy: number;
}

interface RateCardDoc {
  currency?: string;
  validFrom?: string;
  spaces?: Array<{ name: string; kind: 'desk' | 'room'; hourly: number; capacity?: number }>;
}

export async function importRateCard(job: RateCardJob): Promise<void> {
  const doc = yaml.load(job.yamlText, { schema: yaml.JSON_SCHEMA }) as RateCardDoc | undefined; // SAFE deser
  if (!doc || !Array.isArray(doc.spaces)) {
    throw new Error('rate card must contain a "spaces" list');
  }
  if (doc.currency && doc.currency !== 'EUR') {
    throw new Error(`unsupported currency ${doc.currency}`);
  }
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    for (const space of doc.spaces) {
      if (typeof space.name !== 'string' || (space.kind !== 'desk' && space.kind !== 'room')) continue;
      const hourly = Number(space.hourly);
      if (!Number.isFinite(hourly) || hourly < 0) continue;
      await conn.execute(
        `INSERT INTO spaces (site, kind, name, capacity, hourly_rate, active)
         VALUES (?, ?, ?, ?, ?, 1)
         ON DUPLICATE KEY UPDATE hourly_rate = VALUES(hourly_rate), capacity = VALUES(capacity)`,
        [job.site, space.kind, space.name.slice(0, 120), Math.max(1, Number(space.capacity ?? 1)), hourly.toFixed(2)],
      );
    }
    await conn.commit();
  } catch (err) {
    await conn.rollback();
    throw err;
  } finally {
    conn.release();
  }
}
