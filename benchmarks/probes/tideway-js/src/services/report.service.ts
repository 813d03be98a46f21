import { reportRepository } from '../repositories/report.repository';

export interface UsageReportQuery {
  season?: string;
  granularity?: string;
}

export class ReportService {
  async usage(q: UsageReportQuery) {
    const season = Number.parseInt(q.season || String(new Date().getFullYear()), 10);
    if (!Number.isInteger(season) || season < 2000 || season > 2100) {
      throw Object.assign(new Error('season out of range'), { status: 400 });
    }
    const rows = await reportRepository.usageBySquad(season, (q.granularity || 'week').toLowerCase());
    const totals = rows.reduce(
      (acc, r) => {
        acc.outings += r.outings;
        acc.minutes += r.minutes;
        return acc;
      },
      { outings: 0, minutes: 0 }
    );
    return { season, rows, totals };
  }

  async boatHistory(boatIdParam: string, days = 90) {
    const boatId = Number.parseInt(boatIdParam, 10);
    if (!Number.isInteger(boatId)) throw Object.assign(new Error('invalid boat id'), { status: 400 });
    const from = new Date(Date.now() - days * 86400000);
    return reportRepository.boatHistory(boatId, from);
  }

  async memberOutings(memberIds: string[], seasonParam?: string) {
    const season = Number.parseInt(seasonParam || String(new Date().getFullYear()), 10);
    const ids = memberIds.map((s) => s.trim()).filter((s) => s.length > 0);
    if (ids.length === 0) return [];
    return reportRepository.outingsForMembers(ids, season);
  }

  async crewOutings(seats: Array<{ memberId: string }>, season: number) {
    const ids = seats.map((s) => String(s.memberId)).filter(Boolean);
    return reportRepository.outingsForSquad(ids, season);
  }

  async regattaResults(regattaCode: string, eventPrefix = '') {
    return reportRepository.resultsForRegatta(regattaCode, eventPrefix);
  }

  async committeeSummary(season: number) {
    const usage = await this.usage({ season: String(season), granularity: 'month' });
    const bySquad = new Map<string, { outings: number; minutes: number }>();
    for (const row of usage.rows) {
      const agg = bySquad.get(row.squad) ?? { outings: 0, minutes: 0 };
      agg.outings += row.outings;
      agg.minutes += row.minutes;
      bySquad.set(row.squad, agg);
    }
    const squads = [...bySquad.entries()]
      .map(([squad, v]) => ({ squad, ...v, hours: Math.round(v.minutes / 6) / 10 }))
      .sort((a, b) => b.minutes - a.minutes);
    return { season, totals: usage.totals, squads };
  }

  toCsv(rows: Array<Record<string, unknown>>): string {
    if (rows.length === 0) return '';
    const headers = Object.keys(rows[0]);
    const esc = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      const guarded = /^[=+\-@]/.test(s) ? `'${s}` : s;
      return /[",\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
    };
    return [headers.join(','), ...rows.map((r) => headers.map((h) => esc(r[h])).join(','))].join('\n');
  }
}

export const reportService = new ReportService();
