import { Router } from 'express';
import crypto from 'node:crypto';
import { requireAuth } from '../middleware/auth.js';
import * as reportService from '../services/reportService.js';
import { renderPromoterTemplate, renderBuiltIn } from '../services/templateService.js';
import { verifyPartnerEndpoint } from '../services/partnerService.js';
import { enqueuePricingSimulation, enqueueWebhookTest } from '../queues/index.js';
import { badRequest } from '../utils/errors.js';

export const promotersRouter = Router();
promotersRouter.use(requireAuth('promoter', 'staff'));

const SAMPLE = { firstName: 'Alex', orderRef: 'GP-7Q2K-91XD', eventTitle: 'Midnight Static (Live)', startsAt: 'Saturday 21:00' };

promotersRouter.get('/reports/sales', async (req, res) => {
  const report = await reportService.promoterSales({ promoter: String(req.query.promoter ?? ''), since: req.query.since as string | undefined });
  res.json({ report });
});

promotersRouter.get('/reports/events/:eventId/daily', async (req, res) => {
  res.json({ days: await reportService.dailySales(req.params.eventId) });
});

promotersRouter.post('/email-templates/preview', (req, res) => {
  if (typeof req.body?.source !== 'string') throw badRequest('source is required');
  res.type('html').send(renderPromoterTemplate(req.body.source, SAMPLE));
});

promotersRouter.get('/email-templates/:name/preview', (req, res) => {
  res.type('html').send(renderBuiltIn(req.params.name, { ...SAMPLE, firstName: String(req.query.firstName ?? 'Alex') }));
});

promotersRouter.post('/webhooks/test', async (req, res) => {
  const job = await enqueueWebhookTest(req.user!.id, String(req.body?.url), { orderRef: SAMPLE.orderRef });
  res.status(202).json({ jobId: job.id });
});

promotersRouter.post('/webhooks/verify', async (req, res) => {
  res.json(await verifyPartnerEndpoint(req.body?.url, crypto.randomUUID()));
});

promotersRouter.post('/events/:eventId/pricing/simulate', async (req, res) => {
  const { name, formula } = req.body ?? {};
  if (typeof formula !== 'string' || formula.length > 2000) throw badRequest('formula must be a string of at most 2000 characters');
  const job = await enqueuePricingSimulation(Number(req.params.eventId), { name: String(name ?? 'draft'), formula });
  res.status(202).json({ jobId: job.id });
});
