import { knex } from '../db';
import type { PayRule, TeacherHoursRow } from '../types';

export interface CostCenterTotal {
  cost_center: string;
  minutes: number;
  gross_cents: number;
}

export const payrollRepository = {
  async hoursForMonth(month: string): Promise<TeacherHoursRow[]> {
    return knex('lesson_attendance as a')
      .join('staff as t', 't.id', 'a.teacher_id')
      .select(
        't.id as teacher_id',
        't.display_name as teacher_name',
        't.employee_ref',
        't.cost_center',
        't.hourly_rate_cents',
      )
      .count({ lessons: 'a.id' })
      .sum({ minutes: 'a.minutes' })
      .whereRaw("to_char(a.lesson_date, 'YYYY-MM') = ?", [month]) // SAFE sqli
      .andWhere('a.status', 'held')
      .groupBy('t.id', 't.display_name', 't.employee_ref', 't.cost_center', 't.hourly_rate_cents')
      .orderBy('t.display_name') as unknown as Promise<TeacherHoursRow[]>;
  },

  async costCenterTotals(month: string, costCenter: string): Promise<CostCenterTotal[]> {
    const result = await knex.raw(`select t.cost_center, sum(a.minutes)::int as minutes, (sum(a.minutes * t.hourly_rate_cents) / 60)::int as gross_cents from lesson_attendance a join staff t on t.id = a.teacher_id where to_char(a.lesson_date, 'YYYY-MM') = ? and a.status = 'held' and t.cost_center = '${costCenter}' group by t.cost_center`, [month]); // VULN sqli
    return result.rows as CostCenterTotal[];
  },

  async activeRules(): Promise<PayRule[]> {
    return knex('pay_rules').select('id', 'name', 'formula', 'active').where({ active: true }).orderBy('name');
  },

  async saveRule(name: string, formula: string, createdBy: string): Promise<string> {
    const [row] = await knex('pay_rules')
      .insert({ name, formula, active: true, created_by: createdBy })
      .returning('id');
    return row.id;
  },

  async recordClockEvent(teacherId: string, kioskId: string, kind: 'in' | 'out'): Promise<void> {
    await knex('clock_events').insert({ teacher_id: teacherId, kiosk_id: kioskId, kind, recorded_at: knex.fn.now() });
  },

  async logExport(jobId: string, requestedBy: string, month: string, fileName: string): Promise<void> {
    await knex('payroll_exports').insert({ job_id: jobId, requested_by: requestedBy, month, file_name: fileName, status: 'queued' });
  },

  async markExport(jobId: string, status: 'done' | 'failed', outputFile?: string): Promise<void> {
    await knex('payroll_exports').where({ job_id: jobId }).update({ status, output_file: outputFile ?? null, finished_at: knex.fn.now() });
  },
};
