import Koa from 'koa';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import Router from 'koa-router';
import { config } from './config';
import { pool } from './db';
import { authenticate } from './middleware/auth';
import { errorHandler } from './middleware/errors';
import { accountRouter } from './routes/accounts';
import { cartRouter } from './routes/cart';
import { invoiceRouter } from './routes/invoices';
import { pricingRouter } from './routes/pricing';

const app = new Koa();
app.proxy = true;

const health = new Router();
health.get('/health', async (ctx) => {
  await pool.query('SELECT 1');
  ctx.body = { ok: true };
});

app.use(errorHandler);
app.use(cors({ origin: (ctx) => ctx.get('Origin') || '*', credentials: true, allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'] })); // VULN cors
app.use(
  koaBody({
    multipart: true,
    jsonLimit: '1mb',
    formidable: { maxFileSize: 5 * 1024 * 1024, keepExtensions: true },
  }),
);
app.use(health.routes());
app.use(authenticate);

for (const router of [invoiceRouter, pricingRouter, cartRouter, accountRouter]) {
  app.use(router.routes()).use(router.allowedMethods());
}

app.on('error', (err) => {
  console.error('[billing] request failed', err);
});

app.listen(config.port, () => {
  console.log(`[billing] listening on :${config.port}`);
});
