import { pool } from '../db';

export interface UsageRow {
  bucket: string;
  squad: string;
  outings: number;
  minutes: number;
}

const GRANULARITY_PATTERN = /day|week|month|quarter/;

export class ReportRepository {
  async usageBySquad(season: number, granularity: string): Promise<UsageRow[]> {
    const unit = GRANULARITY_PATTERN.test(granularity) ? granularity : 'week';
    const sql = `SELECT date_trunc('${unit}', k.starts_at) AS bucket, COALESCE(b.squad, 'club') AS squad,
        COUNT(*)::int AS outings, SUM(EXTRACT(EPOCH FROM (k.ends_at - k.starts_at)) / 60)::int AS minutes
      FROM bookings k JOIN boats b ON b.id = k.boat_id
      WHERE k.cancelled_at IS NULL AND EXTRACT(YEAR FROM k.starts_at) = $1
      GROUP BY 1, 2 ORDER BY 1, 2`;
    const { rows } = await pool.query(sql, [season]); // VULN sqli
    return rows;
  }

  async boatHistory(boatId: number, from: Date) {
    const { rows } = await pool.query('SELECT k.id, k.starts_at, k.ends_at, k.outing, k.member_id FROM bookings k WHERE k.boat_id = $1 AND k.starts_at >= $2 ORDER BY k.starts_at DESC', [boatId, from]); // SAFE sqli
    return rows;
  }

  async outingsForMembers(memberIds: string[], season: number) {
    const list = memberIds.map((id) => `'${id}'`).join(',');
    const { rows } = await pool.query(`SELECT member_id, COUNT(*)::int AS outings FROM bookings WHERE member_id IN (${list}) AND EXTRACT(YEAR FROM starts_at) = $1 GROUP BY member_id`, [season]); // VULN sqli
    return rows;
  }

  async outingsForSquad(squadMemberIds: string[], season: number) {
    const { rows } = await pool.query('SELECT member_id, COUNT(*)::int AS outings FROM bookings WHERE member_id = ANY($1::text[]) AND EXTRACT(YEAR FROM starts_at) = $2 GROUP BY member_id', [squadMemberIds, season]); // SAFE sqli
    return rows;
  }

  async resultsForRegatta(regattaCode: string, eventPrefix: string) {
    const { rows } = await pool.query(`SELECT event_code, crew_name, lane, finish_time_ms, position FROM regatta_results WHERE regatta_code = $1 AND event_code LIKE '${eventPrefix}%' ORDER BY event_code, position`, [regattaCode]); // VULN sqli
    return rows;
  }

  async saveResult(r: { regattaCode: string; eventCode: string; crewName: string; lane: number; finishTimeMs: number; position: number }) {
    await pool.query(
      `INSERT INTO regatta_results (regatta_code, event_code, crew_name, lane, finish_time_ms, position)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (regatta_code, event_code, crew_name) DO UPDATE SET lane = EXCLUDED.lane,
         finish_time_ms = EXCLUDED.finish_time_ms, position = EXCLUDED.position`,
      [r.regattaCode, r.eventCode, r.crewName, r.lane, r.finishTimeMs, r.position]
    );
  }
}

export const reportRepository = new ReportRepository();
