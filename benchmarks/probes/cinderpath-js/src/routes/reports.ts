import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import * as reports from '../services/reportService';
import { reportRequestSchema } from '../dto/inspection';
import { credentialsOf } from '../plugins/auth';

export const reportRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/reports/{name*}',
    handler: async (request, h) => {
      const file = await reports.openReport(request.params.name);
      return h
        .response(file.stream)
        .type('application/pdf')
        .header('content-length', String(file.size))
        .header('content-disposition', `inline; filename="${file.filename.replace(/"/g, '')}"`);
    },
  },
  {
    method: 'GET',
    path: '/exports/{name*}',
    handler: async (request, h) => {
      const file = await reports.openExport(request.params.name);
      return h
        .response(file.stream)
        .type('text/csv')
        .header('content-disposition', `attachment; filename="${file.filename.replace(/"/g, '')}"`);
    },
  },
  {
    method: 'POST',
    path: '/api/inspections/{id}/report',
    options: {
      validate: { params: Joi.object({ id: Joi.string().guid().required() }), payload: reportRequestSchema },
    },
    handler: async (request, h) => {
      const { title, includePhotos } = request.payload as { title: string; includePhotos: boolean };
      const result = await reports.requestReport(
        { inspectionId: request.params.id, title, includePhotos },
        credentialsOf(request).sub,
      );
      return h.response(result).code(202);
    },
  },
];
