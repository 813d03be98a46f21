import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import * as inspections from '../services/inspectionService';
import { listQuerySchema, InspectionListQuery } from '../dto/inspection';
import { credentialsOf, requireCarrier } from '../plugins/auth';

const idParams = Joi.object({ id: Joi.string().guid().required() });

export const inspectionRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/api/inspections',
    options: { validate: { query: listQuerySchema } },
    handler: async (request) => {
      const carrierId = requireCarrier(request);
      const q = request.query as Omit<InspectionListQuery, 'carrierId'>;
      return inspections.listInspections({ ...q, carrierId });
    },
  },
  {
    method: 'GET',
    path: '/api/inspections/calendar',
    options: {
      validate: { query: Joi.object({ from: Joi.string().isoDate().required(), to: Joi.string().isoDate().required() }) },
    },
    handler: async (request) => {
      const { from, to } = request.query as { from: string; to: string };
      return inspections.calendar(requireCarrier(request), from, to);
    },
  },
  {
    method: 'GET',
    path: '/api/counties/{county}/backlog',
    handler: async (request) => inspections.countyBacklog(requireCarrier(request), String(request.params.county)),
  },
  {
    method: 'GET',
    path: '/api/inspections/{id}',
    options: { validate: { params: idParams } },
    handler: async (request) => {
      const creds = credentialsOf(request);
      const inspection = await inspections.getInspection(request.params.id);
      const visible =
        inspection &&
        (creds.role === 'homeowner' ? creds.inspectionId === inspection.id : creds.carrierId === inspection.carrierId);
      if (!visible) throw Boom.notFound('inspection not found');
      return inspection;
    },
  },
  {
    method: 'POST',
    path: '/api/inspections/{id}/cancel',
    options: { validate: { params: idParams, payload: Joi.object({ reason: Joi.string().max(500).allow('') }) } },
    handler: async (request, h) => {
      const creds = credentialsOf(request);
      const inspection = await inspections.getInspection(request.params.id);
      if (!inspection || (creds.role === 'homeowner' && creds.inspectionId !== inspection.id)) throw Boom.notFound();
      await inspections.cancel(inspection.id);
      return h.response().code(204);
    },
  },
  {
    method: 'POST',
    path: '/api/inspections/{id}/schedule',
    options: {
      validate: {
        params: idParams,
        payload: Joi.object({ when: Joi.string().isoDate().required(), notify: Joi.string().email().required() }),
      },
    },
    handler: async (request) => {
      const { when, notify } = request.payload as { when: string; notify: string };
      return inspections.schedule(request.params.id, when, notify);
    },
  },
  {
    method: 'PATCH',
    path: '/api/inspections/{id}/checklist',
    options: { validate: { params: idParams, payload: Joi.object().unknown(true) } },
    handler: async (request) => {
      const creds = credentialsOf(request);
      if (creds.role !== 'inspector' && creds.role !== 'admin') throw Boom.forbidden();
      return inspections.applyChecklistOverrides(request.params.id, request.payload as Record<string, unknown>);
    },
  },
  {
    method: 'POST',
    path: '/api/inspections/{id}/complete',
    options: { validate: { params: idParams } },
    handler: async (request, h) => {
      const creds = credentialsOf(request);
      if (creds.role !== 'inspector') throw Boom.forbidden('only the assigned inspector can complete');
      await inspections.complete(request.params.id);
      return h.response().code(204);
    },
  },
];
