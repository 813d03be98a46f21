import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { config } from '../config';
import { payrollExportQueue } from '../queues';
import { payrollRepository } from '../repositories/payrollRepository';
import { fetchEmployee, type ProviderEmployee } from '../clients/payrollProvider';
import { compileFormula } from '../lib/formula';
import { contentTypeFor } from '../lib/paths';
import { badRequest, notFound, type PayrollExportRequest, type StaffClaims } from '../types';

export const payrollService = {
  async requestExport(request: PayrollExportRequest, requestedBy: StaffClaims): Promise<string> {
    const [year, month] = request.month.split('-').map(Number);
    if (month < 1 || month > 12 || year < 2015) {
      throw badRequest('Unknown payroll month');
    }
    const job = await payrollExportQueue.add('export', {
      ...request,
      columns: request.columns ?? [],
      requestedBy: requestedBy.sub,
      requestedAt: new Date().toISOString(),
    });
    await payrollRepository.logExport(String(job.id), requestedBy.sub, request.month, request.fileName);
    return String(job.id);
  },

  async openExport(fileName: string): Promise<{ stream: Readable; contentType: string; name: string }> {
    const name = path.basename(fileName);
    if (name === '' || name === '.' || name === '..') throw notFound('Export not found');
    const fullPath = path.join(config.storage.exportsRoot, name);
    if (!fs.existsSync(fullPath)) throw notFound('Export not found');
    return { stream: fs.createReadStream(fullPath), contentType: contentTypeFor(name), name }; // SAFE path
  },

  async saveRule(name: string, formula: string, author: StaffClaims): Promise<string> {
    const compiled = compileFormula(formula);
    // Sanity check with a typical month before the rule goes live.
    const sample = compiled({ hours: 80, lessons: 60, rate: 28.5 });
    if (sample < 0 || sample > 100_000) {
      throw badRequest(`Formula produces an implausible amount for a typical month (${sample})`);
    }
    return payrollRepository.saveRule(name.trim(), formula.trim(), author.sub);
  },

  async clockEvent(teacherId: string, kioskId: string, kind: 'in' | 'out'): Promise<void> {
    await payrollRepository.recordClockEvent(teacherId, kioskId, kind);
  },

  async syncEmployee(employeeRef: string): Promise<ProviderEmployee> {
    if (!/^EMP-\d{5}$/.test(employeeRef)) throw badRequest('Unknown employee reference');
    return fetchEmployee(employeeRef);
  },
};
