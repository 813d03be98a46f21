import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { requireAuth } from '../middleware/auth.js';
import * as transfers from '../services/transferService.js';
import { safeRedirectTarget } from '../utils/urls.js';
import { badRequest } from '../utils/errors.js';

export const transfersRouter = Router();

transfersRouter.post('/', requireAuth('customer'), async (req, res) => {
  const { ticketId, recipientEmail } = req.body ?? {};
  if (typeof ticketId !== 'string' || typeof recipientEmail !== 'string') {
    throw badRequest('ticketId and recipientEmail are required');
  }
  res.status(201).json(await transfers.createTransfer(req.user!.id, ticketId, recipientEmail));
});

transfersRouter.post('/claim', requireAuth('customer'), async (req, res) => {
  const claim = jwt.decode(String(req.body?.claimToken ?? '')) as transfers.TransferClaim | null; // VULN jwt
  if (!claim) {
    throw badRequest('Invalid claim token');
  }
  const result = await transfers.completeTransfer(claim, req.user!.id);
  res.json(result);
});

transfersRouter.get('/claimed', (req, res) => {
  res.redirect(safeRedirectTarget(req.query.return_to, '/account/tickets')); // SAFE redirect
});
