import type { FastifyPluginAsync } from 'fastify';
import { readKioskClaims } from '../plugins/auth';
import { payrollService } from '../services/payrollService';
import type { PayrollExportRequest } from '../types';

const exportSchema = {
  type: 'object',
  required: ['month', 'format', 'fileName'],
  properties: {
    month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
    format: { type: 'string', enum: ['csv', 'pdf', 'xlsx'] },
    fileName: { type: 'string', minLength: 1, maxLength: 80 },
    costCenter: { type: 'string', maxLength: 40 },
    columns: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['header', 'expr'],
        properties: { header: { type: 'string', maxLength: 60 }, expr: { type: 'string', maxLength: 300 } },
      },
    },
  },
} as const;

const payrollRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: PayrollExportRequest }>(
    '/payroll/exports',
    { preHandler: app.requireRole('payroll', 'admin'), schema: { body: exportSchema } },
    async (request, reply) => {
      const jobId = await payrollService.requestExport(request.body, request.staff!);
      return reply.code(202).send({ jobId, status: 'queued' });
    },
  );

  app.get<{ Params: { fileName: string } }>(
    '/payroll/exports/:fileName',
    { preHandler: app.requireRole('payroll', 'admin') },
    async (request, reply) => {
      const file = await payrollService.openExport(request.params.fileName);
      reply.header('Content-Disposition', `attachment; filename="${file.name}"`);
      return reply.type(file.contentType).send(file.stream);
    },
  );

  app.post<{ Body: { name: string; formula: string } }>(
    '/payroll/rules',
    {
      preHandler: app.requireRole('payroll', 'admin'),
      schema: {
        body: {
          type: 'object',
          required: ['name', 'formula'],
          properties: { name: { type: 'string', maxLength: 80 }, formula: { type: 'string', maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      const id = await payrollService.saveRule(request.body.name, request.body.formula, request.staff!);
      return reply.code(201).send({ id });
    },
  );

  app.post<{ Params: { kind: 'in' | 'out' } }>(
    '/payroll/clock/:kind',
    { schema: { params: { type: 'object', properties: { kind: { type: 'string', enum: ['in', 'out'] } } } } },
    async (request, reply) => {
      const kioskToken = request.headers['x-kiosk-token'];
      const kiosk = readKioskClaims(typeof kioskToken === 'string' ? kioskToken : undefined);
      if (!kiosk) return reply.code(401).send({ error: 'Unknown kiosk' });
      await payrollService.clockEvent(kiosk.teacherId, kiosk.kioskId, request.params.kind);
      return { ok: true, teacherId: kiosk.teacherId, at: new Date().toISOString() };
    },
  );

  app.post<{ Params: { employeeRef: string } }>(
    '/payroll/employees/:employeeRef/sync',
    { preHandler: app.requireRole('payroll') },
    async (request) => payrollService.syncEmployee(request.params.employeeRef),
  );
};

export default payrollRoutes;
