import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import * as properties from '../services/propertyService';
import { propertyUpdateSchema, PropertyUpdateDto } from '../dto/property';
import { credentialsOf, requireCarrier } from '../plugins/auth';
import { fetchTile } from '../integrations/imageryClient';
import { fireWeatherAt } from '../integrations/publicDataClient';
import { UrlRejectedError } from '../lib/security/urlGuard';

const idParams = Joi.object({ id: Joi.string().guid().required() });

export const propertyRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/api/properties',
    options: {
      validate: {
        query: Joi.object({ sort: Joi.string().max(32).default('tier'), limit: Joi.number().integer().default(100) }),
      },
    },
    handler: async (request) => {
      const { sort, limit } = request.query as { sort: string; limit: number };
      return properties.listProperties(requireCarrier(request), sort, limit);
    },
  },
  {
    method: 'GET',
    path: '/api/properties/{id}',
    options: { validate: { params: idParams } },
    handler: async (request) => properties.getPropertyView(request.params.id, requireCarrier(request)),
  },
  {
    method: 'PUT',
    path: '/api/properties/{id}',
    options: { validate: { params: idParams, payload: propertyUpdateSchema } },
    handler: async (request) =>
      properties.updateProperty(request.params.id, requireCarrier(request), request.payload as PropertyUpdateDto),
  },
  {
    method: 'POST',
    path: '/api/properties/{id}/imagery',
    options: {
      validate: {
        params: idParams,
        payload: Joi.object({ sourceUrl: Joi.string().max(2048).required(), capturedAt: Joi.string().isoDate() }),
      },
    },
    handler: async (request, h) => {
      const { sourceUrl, capturedAt } = request.payload as { sourceUrl: string; capturedAt?: string };
      const creds = credentialsOf(request);
      const result = await properties.requestAerialImagery(request.params.id, requireCarrier(request), sourceUrl, creds.sub, capturedAt);
      return h.response(result).code(202);
    },
  },
  {
    method: 'GET',
    path: '/api/properties/{id}/fire-weather',
    options: { validate: { params: idParams } },
    handler: async (request) => {
      const { latitude, longitude } = await properties.getCoordinates(request.params.id, requireCarrier(request));
      return fireWeatherAt(latitude, longitude);
    },
  },
  {
    method: 'GET',
    path: '/tiles/proxy',
    options: { validate: { query: Joi.object({ src: Joi.string().max(2048).required() }) } },
    handler: async (request, h) => {
      try {
        const tile = await fetchTile((request.query as { src: string }).src);
        return h.response(tile.body).type(tile.contentType).header('cache-control', 'public, max-age=86400');
      } catch (err) {
        if (err instanceof UrlRejectedError) throw Boom.badRequest(err.message);
        throw err;
      }
    },
  },
];
