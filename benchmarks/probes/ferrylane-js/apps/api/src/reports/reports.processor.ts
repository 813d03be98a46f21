import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bull';
import { promises as fsp } from 'fs';
import { DataSource } from 'typeorm';
import { PdfRenderer } from './pdf-renderer';
import { CrewHoursJob, LoadFactorJob, ReportsService } from './reports.service';

interface LoadFactorRow {
  departs_at: Date;
  vessel_code: string;
  passenger_capacity: number;
  passengers: number;
  vehicles: number;
}

interface CrewHoursRow {
  crew_id: string;
  full_name: string;
  hours: number;
}

function htmlEscape(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function table(headers: string[], rows: unknown[][]): string {
  const head = headers.map((h) => `<th>${htmlEscape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${htmlEscape(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

@Processor('reports')
export class ReportsProcessor {
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: PdfRenderer,
    private readonly reports: ReportsService,
  ) {}

  @Process('load-factor')
  async loadFactor(job: Job<LoadFactorJob>): Promise<void> {
    const { routeCode, from, to, title, reportId } = job.data;
    const rows: LoadFactorRow[] = await this.dataSource.query(`SELECT s.departs_at, s.vessel_code, s.passenger_capacity, COALESCE(SUM(b.passenger_count), 0)::int AS passengers, COUNT(b.vehicle_reg)::int AS vehicles FROM sailings s LEFT JOIN bookings b ON b.sailing_id = s.id AND b.status IN ('confirmed', 'checked_in', 'boarded') WHERE s.route_code = '${routeCode}' AND s.departs_at BETWEEN $1 AND $2 GROUP BY s.id ORDER BY s.departs_at`, [from, to]); // VULN sqli
    await job.progress(40);
    const html = `<html><head><meta charset="utf-8"><title>${htmlEscape(title)}</title></head><body><h1>${htmlEscape(title)}</h1>${table(
      ['Departure', 'Vessel', 'Capacity', 'Passengers', 'Vehicles', 'Load %'],
      rows.map((r) => [
        new Date(r.departs_at).toISOString().slice(0, 16).replace('T', ' '),
        r.vessel_code,
        r.passenger_capacity,
        r.passengers,
        r.vehicles,
        r.passenger_capacity ? Math.round((100 * r.passengers) / r.passenger_capacity) : 0,
      ]),
    )}</body></html>`;
    await this.renderer.htmlToPdf(html, title, this.reports.outputPath(reportId, 'pdf'));
    await job.progress(100);
  }

  @Process('crew-hours')
  async crewHours(job: Job<CrewHoursJob>): Promise<void> {
    const { vesselCode, month, format, reportId } = job.data;
    const rows: CrewHoursRow[] = await this.dataSource.query('SELECT r.crew_id, r.full_name, SUM(EXTRACT(EPOCH FROM (r.shift_end - r.shift_start)) / 3600)::numeric(6,1) AS hours FROM crew_hours_view r WHERE r.vessel_code = $1 AND to_char(r.shift_start, \'YYYY-MM\') = $2 GROUP BY r.crew_id, r.full_name ORDER BY r.full_name', [vesselCode, month]); // SAFE sqli
    if (format === 'csv') {
      const csv = ['crew_id,full_name,hours', ...rows.map((r) => `${r.crew_id},"${r.full_name.replace(/"/g, '""')}",${r.hours}`)].join('\n');
      await fsp.writeFile(this.reports.outputPath(reportId, 'csv'), csv, 'utf8');
      return;
    }
    const draft = this.reports.outputPath(`${reportId}-draft`, 'pdf');
    const title = `Crew hours ${vesselCode} ${month}`;
    await this.renderer.htmlToPdf(`<html><body><h1>${htmlEscape(title)}</h1>${table(['Crew ID', 'Name', 'Hours'], rows.map((r) => [r.crew_id, r.full_name, r.hours]))}</body></html>`, title, draft);
    await this.renderer.watermark(draft, this.reports.outputPath(reportId, 'pdf'), vesselCode);
    await fsp.rm(draft, { force: true });
  }

  @OnQueueFailed()
  onFailed(job: Job, err: Error): void {
    this.logger.error(`Report job ${job.id} (${job.name}) failed: ${err.message}`);
  }
}
