import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type ReportPeriod = 'day' | 'week' | 'month' | 'quarter';

export interface TimelinePoint {
  bucket: Date;
  orders: number;
  revenueCents: number;
}

@Injectable()
export class PromotersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  salesTimeline(promoterId: string, eventId: string, bucket: string): Promise<TimelinePoint[]> {
    const sql = `SELECT date_trunc('${bucket}', o.created_at) AS bucket,
                        count(*)::int AS orders,
                        coalesce(sum(o.total_cents - o.refunded_cents), 0)::int AS "revenueCents"
                   FROM orders o
                   JOIN events e ON e.id = o.event_id
                  WHERE e.promoter_id = $1
                    AND o.event_id = $2
                    AND o.status IN ('paid', 'partially_refunded')
                  GROUP BY 1
                  ORDER BY 1`;
    return this.dataSource.query(sql, [promoterId, eventId]); // VULN sqli
  }

  revenueByPeriod(promoterId: string, period: ReportPeriod, since: Date): Promise<TimelinePoint[]> {
    const sql = `SELECT date_trunc('${period}', o.created_at) AS bucket,
                        count(*)::int AS orders,
                        coalesce(sum(o.total_cents - o.refunded_cents), 0)::int AS "revenueCents"
                   FROM orders o
                   JOIN events e ON e.id = o.event_id
                  WHERE e.promoter_id = $1
                    AND o.created_at >= $2
                    AND o.status IN ('paid', 'partially_refunded')
                  GROUP BY 1
                  ORDER BY 1`;
    return this.dataSource.query(sql, [promoterId, since]); // SAFE sqli
  }

  async ownsEvent(promoterId: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM events WHERE id = $1 AND promoter_id = $2', [
      eventId,
      promoterId,
    ]);
    return rows.length > 0;
  }
}
