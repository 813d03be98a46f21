import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { config } from '../config';
import * as inspections from '../services/inspectionService';
import * as properties from '../services/propertyService';
import { renderScheduledEmail } from '../services/notificationService';
import { renderRiskBadge, renderStatusCard } from '../services/widgetService';
import { credentialsOf, AppCredentials } from '../plugins/auth';
import { tierLabel } from '../lib/html';

function canView(creds: AppCredentials, inspection: { id: string; carrierId: string }): boolean {
  if (creds.role === 'homeowner') return creds.inspectionId === inspection.id;
  return Boolean(creds.carrierId) && creds.carrierId === inspection.carrierId;
}

async function loadVisible(id: string, creds: AppCredentials) {
  const inspection = await inspections.getInspection(id);
  if (!inspection || !canView(creds, inspection)) throw Boom.notFound('inspection not found');
  return inspection;
}

export const portalRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/portal/inspections/{id}',
    options: { validate: { params: Joi.object({ id: Joi.string().guid().required() }) } },
    handler: async (request, h) => {
      const inspection = await loadVisible(request.params.id, credentialsOf(request));
      const { property } = inspection;
      return h.view('portal/inspection', {
        title: `Inspection – ${property.street}`,
        inspection,
        property,
        carrier: property.carrier,
        tier: tierLabel(property.riskTier),
        notes: inspection.notes,
        isHomeowner: credentialsOf(request).role === 'homeowner',
      });
    },
  },
  {
    method: 'POST',
    path: '/portal/inspections/{id}/access',
    options: {
      validate: {
        params: Joi.object({ id: Joi.string().guid().required() }),
        payload: Joi.object({ instructions: Joi.string().max(4000).allow('').required() }),
      },
    },
    handler: async (request, h) => {
      const inspection = await loadVisible(request.params.id, credentialsOf(request));
      const { instructions } = request.payload as { instructions: string };
      await properties.updateAccessNotes(inspection.propertyId, instructions);
      return h.redirect(`/portal/inspections/${inspection.id}?saved=1`);
    },
  },
  {
    method: 'GET',
    path: '/notifications/{id}/preview',
    options: { validate: { params: Joi.object({ id: Joi.string().guid().required() }) } },
    handler: async (request, h) => {
      const inspection = await loadVisible(request.params.id, credentialsOf(request));
      const { property } = inspection;
      const html = renderScheduledEmail(property.carrier, {
        homeownerName: property.insuredName,
        carrierName: property.carrier.displayName,
        address: `${property.street}, ${property.city}`,
        scheduledFor: inspection.scheduledFor ?? new Date(),
        accessCode: inspection.accessCode ?? '—',
        accessInstructions: property.accessNotes,
        portalUrl: `${config.http.publicBaseUrl}/portal/inspections/${inspection.id}`,
        riskTier: property.riskTier,
      });
      return h.response(html).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/embed/risk-badge',
    options: {
      auth: false,
      validate: { query: Joi.object({ label: Joi.string().max(80).default('Wildfire risk'), tier: Joi.number().integer().min(0).max(5).required() }) },
    },
    handler: (request, h) => {
      const { label, tier } = request.query as { label: string; tier: number };
      return h.response(renderRiskBadge(label, tier)).type('text/html').header('x-frame-options', 'ALLOWALL'); // VULN xss
    },
  },
  {
    method: 'GET',
    path: '/embed/status/{id}',
    options: { validate: { params: Joi.object({ id: Joi.string().guid().required() }) } },
    handler: async (request, h) => {
      const inspection = await loadVisible(request.params.id, credentialsOf(request));
      const card = renderStatusCard({
        insuredName: inspection.property.insuredName,
        status: inspection.status,
        scheduledFor: inspection.scheduledFor,
        riskTier: inspection.property.riskTier,
      });
      return h.response(card).type('text/html'); // SAFE xss
    },
  },
];
