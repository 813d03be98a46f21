import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { propertyRepository } from '../repositories/propertyRepository';
import { inspectionRepository } from '../repositories/inspectionRepository';
import { credentialsOf } from '../plugins/auth';
import { POLICY_NUMBER } from '../dto/property';

export const partnerRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/partner/v1/policies/{policyNumber}/inspection',
    options: {
      auth: 'partner',
      validate: { params: Joi.object({ policyNumber: Joi.string().pattern(POLICY_NUMBER).required() }) },
    },
    handler: async (request) => {
      const creds = credentialsOf(request);
      if (!creds.scopes?.includes('inspections:read')) throw Boom.forbidden('missing scope');
      const property = await propertyRepository.findByPolicy(creds.carrierId!, request.params.policyNumber);
      if (!property) throw Boom.notFound('policy not found');
      const rows = await inspectionRepository.calendar(creds.carrierId!, new Date(0), new Date(Date.now() + 365 * 86400_000));
      const current = rows.find((r) => r.policy_number === property.policyNumber) ?? null;
      return {
        policyNumber: property.policyNumber,
        riskTier: property.riskTier,
        inspection: current && {
          id: current.id,
          status: current.status,
          scheduledFor: current.scheduled_for,
          riskScore: current.risk_score,
        },
      };
    },
  },
];
