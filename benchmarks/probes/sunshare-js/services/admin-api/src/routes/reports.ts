import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { readInstallerClaims } from '../lib/adminToken';
import { findMeterChannels, findMetersForSite } from '../lib/meterConfig';

export const reportRoutes: ServerRoute[] = [
  {
    // Called by installer partners' dashboards, not by staff.
    method: 'GET',
    path: '/reports/installer/sites/{siteRef}/meters',
    options: { auth: false },
    handler: async (request) => {
      const token = request.headers['x-installer-token'];
      if (typeof token !== 'string') throw Boom.unauthorized('Installer token required');
      let claims;
      try {
        claims = readInstallerClaims(token);
      } catch (err) {
        throw Boom.unauthorized((err as Error).message);
      }
      if (!claims.scope.includes('reports:read')) throw Boom.forbidden('Missing reports scope');
      return findMetersForSite(request.params.siteRef, claims.installerId);
    },
  },
  {
    method: 'GET',
    path: '/reports/meters/{meterId}/channels',
    options: { validate: { params: Joi.object({ meterId: Joi.string().max(32).required() }) } },
    handler: async (request) => {
      try {
        return { meterId: request.params.meterId, channels: findMeterChannels(request.params.meterId) };
      } catch (err) {
        throw Boom.badRequest((err as Error).message);
      }
    },
  },
];
