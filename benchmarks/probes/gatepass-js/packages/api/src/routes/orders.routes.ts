import { Router } from 'express';
import { requireAuth } from '../middleware/auth.js';
import * as orderService from '../services/orderService.js';
import { captureRefund } from '../clients/paymentsClient.js';
import { markRefunded, findOrder } from '../repositories/orderRepository.js';
import { notFound } from '../utils/errors.js';

export const ordersRouter = Router();

ordersRouter.get('/', requireAuth('staff'), async (req, res) => {
  res.json({ orders: await orderService.list(req.query) });
});

ordersRouter.post('/export', requireAuth('staff', 'promoter'), async (req, res) => {
  res.status(202).json({ file: await orderService.exportOrders(req.body) });
});

ordersRouter.put('/:orderId/theme', requireAuth('customer'), async (req, res) => {
  await orderService.setTicketTheme(req.params.orderId, String(req.body.theme));
  res.sendStatus(204);
});

ordersRouter.get('/:orderId/tickets/:ticketId/background', requireAuth('customer'), async (req, res) => {
  const file = await orderService.ticketBackgroundPath(req.params.orderId, req.params.ticketId);
  res.sendFile(file, { maxAge: '7d' }); // SAFE path
});

ordersRouter.get('/:orderId/files/:fileName', requireAuth('customer'), (req, res) => {
  const file = orderService.ticketPdfPath(req.params.orderId, req.params.fileName);
  res.sendFile(file, { headers: { 'content-type': 'application/pdf' } }); // SAFE path
});

ordersRouter.post('/:orderId/tickets/merge', requireAuth('customer'), async (req, res) => {
  res.download(await orderService.mergeTicketPdfs(req.params.orderId), 'tickets.pdf');
});

ordersRouter.post('/:orderId/refund', requireAuth('staff'), async (req, res) => {
  const order = await findOrder(req.params.orderId);
  if (!order) throw notFound('Order not found');
  const refund = await captureRefund(order.id, order.total_cents, String(req.body.cardToken));
  await markRefunded(order.id, String(req.body.reason ?? 'box office'));
  res.json(refund);
});
