import type { ServerRoute } from '@hapi/hapi';
import Joi from 'joi';
import { exportRegion, setPayoutFormula, tagMember } from '../services/memberAdminService';

export const memberRoutes: ServerRoute[] = [
  {
    method: 'POST',
    path: '/admin/members/{memberId}/tags',
    options: {
      validate: {
        params: Joi.object({ memberId: Joi.number().integer().positive().required() }),
        payload: Joi.object({ tag: Joi.string().max(40).required(), note: Joi.string().allow('').max(500).default('') }),
      },
    },
    handler: async (request) => {
      const { tag, note } = request.payload as { tag: string; note: string };
      const creds = request.auth.credentials as { sub: string };
      const updated = await tagMember({ memberId: Number(request.params.memberId), tag, note, actor: creds.sub });
      return { updated };
    },
  },
  {
    method: 'GET',
    path: '/admin/members/export',
    options: {
      validate: {
        query: Joi.object({ region: Joi.string().max(32).required(), since: Joi.date().iso().optional() }),
      },
    },
    handler: async (request, h) => {
      const rows = await exportRegion(String(request.query.region), request.query.since ? new Date(request.query.since) : null);
      const csv = ['id,full_name,email,share_count,status,created_at']
        .concat(rows.map((r) => [r.id, r.full_name, r.email, r.share_count, r.status, r.created_at].map((v) => JSON.stringify(v ?? '')).join(',')))
        .join('\n');
      return h.response(csv).type('text/csv');
    },
  },
  {
    // Treasurer's surplus-sharing rule, e.g. "shares / totalShares * surplusCents"
    method: 'PUT',
    path: '/admin/payout-formula',
    options: {
      validate: { payload: Joi.object({ expression: Joi.string().max(500).required() }) },
    },
    handler: async (request) => {
      const { expression } = request.payload as { expression: string };
      const creds = request.auth.credentials as { sub: string };
      const saved = await setPayoutFormula(expression, creds.sub);
      return { key: saved.key, updatedAt: saved.updatedAt };
    },
  },
];
