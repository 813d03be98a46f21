import type { FastifyPluginAsync } from 'fastify';
import * as backupService from '../services/backupService';

const EXPORTABLE_TABLES = new Set(['bookings', 'desks', 'invoices', 'members', 'plans', 'workspaces']);

const adminRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', app.requireRole('admin'));

  app.post<{ Body: { label?: string; format?: string } }>('/admin/backups', async (request, reply) => {
    const label = request.body.label?.trim() || 'manual';
    const result = await backupService.createBackup(label, request.body.format === 'plain' ? 'plain' : 'custom');
    return reply.code(201).send(result);
  });

  app.post<{ Params: { table: string } }>('/admin/exports/:table', async (request, reply) => {
    if (!EXPORTABLE_TABLES.has(request.params.table)) return reply.code(400).send({ error: 'unknown_table' });
    return backupService.exportTable(request.params.table);
  });
};

export default adminRoutes;
