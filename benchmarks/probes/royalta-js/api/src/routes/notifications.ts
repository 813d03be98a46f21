import { Router } from 'express';
import { renderCustomPreview, renderNotification, SAMPLE_CONTEXT } from '../services/notificationService';
import { sendTestEvent } from '../services/webhookService';
import { asyncHandler } from '../lib/http';
import { requireRole } from '../middleware/auth';

const router = Router();
const WEBHOOK_EVENTS = new Set(['statement.issued', 'payout.sent', 'payout.failed']);

router.post('/preview', requireRole('label_admin'), (req, res) => {
  res.json({ html: renderCustomPreview(String(req.body.template ?? ''), SAMPLE_CONTEXT) });
});

router.get('/:kind/sample', (req, res) => {
  res.type('html').send(renderNotification(req.params.kind, SAMPLE_CONTEXT));
});

router.post('/webhooks/test', requireRole('label_admin'), asyncHandler(async (req, res) => {
  const event = WEBHOOK_EVENTS.has(req.body.event) ? req.body.event : 'payout.sent';
  res.json(await sendTestEvent({ url: String(req.body.url ?? ''), event, labelId: req.user!.labelId }));
}));

export default router;
