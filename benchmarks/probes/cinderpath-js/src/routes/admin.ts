import type { ServerRoute, Request } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { renderFuelModelTile, describeRaster } from '../lib/geo/gdal';
import { parseRegionDefaults } from '../services/importService';
import * as webhooks from '../services/webhookService';
import { webhookRegistrationSchema, WebhookRegistrationDto } from '../dto/webhook';
import { credentialsOf, requireCarrier } from '../plugins/auth';

function requireAdmin(request: Request): void {
  if (credentialsOf(request).role !== 'admin') throw Boom.forbidden('admin only');
}

const bboxSchema = Joi.object({
  west: Joi.number().min(-180).max(180).required(),
  north: Joi.number().min(-90).max(90).required(),
  east: Joi.number().min(-180).max(180).required(),
  south: Joi.number().min(-90).max(90).required(),
});

export const adminRoutes: ServerRoute[] = [
  {
    method: 'POST',
    path: '/admin/tiles/fuel',
    options: {
      validate: { payload: Joi.object({ region: Joi.string().max(64).required(), bbox: bboxSchema.required() }) },
    },
    handler: async (request, h) => {
      requireAdmin(request);
      const { region, bbox } = request.payload as { region: string; bbox: { west: number; north: number; east: number; south: number } };
      const output = await renderFuelModelTile(region, bbox);
      return h.response({ output }).code(201);
    },
  },
  {
    method: 'GET',
    path: '/admin/rasters/{datasetId}',
    handler: async (request) => {
      requireAdmin(request);
      return describeRaster(String(request.params.datasetId));
    },
  },
  {
    method: 'POST',
    path: '/admin/region-defaults',
    options: { payload: { parse: false, output: 'data', maxBytes: 256 * 1024 } },
    handler: async (request) => {
      requireAdmin(request);
      const text = Buffer.isBuffer(request.payload) ? request.payload.toString('utf8') : '';
      return { regions: parseRegionDefaults(text) };
    },
  },
  {
    method: 'POST',
    path: '/api/webhooks',
    options: { validate: { payload: webhookRegistrationSchema } },
    handler: async (request, h) => {
      const carrierId = requireCarrier(request);
      const created = await webhooks.registerWebhook(carrierId, request.payload as WebhookRegistrationDto);
      return h.response(created).code(201);
    },
  },
  {
    method: 'DELETE',
    path: '/api/webhooks/{id}',
    options: { validate: { params: Joi.object({ id: Joi.string().guid().required() }) } },
    handler: async (request, h) => {
      await webhooks.removeWebhook(requireCarrier(request), request.params.id);
      return h.response().code(204);
    },
  },
];
