import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import * as imports from '../services/importService';
import * as media from '../services/mediaService';
import { credentialsOf, requireCarrier } from '../plugins/auth';

const MAX_ARCHIVE = 200 * 1024 * 1024;

function asBuffer(payload: unknown): Buffer {
  if (!Buffer.isBuffer(payload) || payload.length === 0) throw Boom.badRequest('empty upload');
  return payload;
}

export const importRoutes: ServerRoute[] = [
  {
    method: 'POST',
    path: '/api/imports/manifest',
    options: {
      payload: { parse: false, output: 'data', maxBytes: MAX_ARCHIVE, allow: ['application/zip', 'application/octet-stream'] },
    },
    handler: async (request, h) => {
      const result = await imports.importManifestArchive(requireCarrier(request), asBuffer(request.payload));
      return h.response(result).code(201);
    },
  },
  {
    method: 'POST',
    path: '/api/inspections/{id}/photo-bundle',
    options: {
      validate: { params: Joi.object({ id: Joi.string().guid().required() }) },
      payload: { parse: false, output: 'data', maxBytes: MAX_ARCHIVE, allow: ['application/zip'] },
    },
    handler: async (request) => {
      if (credentialsOf(request).role !== 'inspector') throw Boom.forbidden();
      const written = await media.importPhotoBundle(request.params.id, asBuffer(request.payload));
      return { written };
    },
  },
  {
    method: 'POST',
    path: '/api/imports/appraisal/parcel',
    options: {
      payload: { parse: false, output: 'data', maxBytes: 20 * 1024 * 1024, allow: ['application/xml', 'text/xml'] },
      validate: { query: Joi.object({ apn: Joi.string().max(40).required() }) },
    },
    handler: async (request) => {
      const xml = asBuffer(request.payload).toString('utf8');
      return imports.lookupAppraisal(xml, (request.query as { apn: string }).apn);
    },
  },
  {
    method: 'POST',
    path: '/api/imports/appraisal/policy',
    options: {
      payload: { parse: false, output: 'data', maxBytes: 20 * 1024 * 1024, allow: ['application/xml', 'text/xml'] },
      validate: { query: Joi.object({ policy: Joi.string().max(40).required() }) },
    },
    handler: async (request) => {
      const xml = asBuffer(request.payload).toString('utf8');
      return imports.lookupPolicyInAppraisal(xml, (request.query as { policy: string }).policy);
    },
  },
  {
    method: 'POST',
    path: '/api/checklists/templates',
    options: {
      payload: { parse: false, output: 'data', maxBytes: 512 * 1024, allow: ['application/yaml', 'text/yaml', 'text/plain'] },
    },
    handler: async (request, h) => {
      requireCarrier(request);
      const template = imports.parseChecklistTemplate(asBuffer(request.payload).toString('utf8'));
      return h.response(template).code(201);
    },
  },
];
