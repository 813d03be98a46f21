import Fastify from 'fastify';
import { config } from './config';
import { bankTransferHandler } from './handlers/bank-transfer';
import { chargebackHandler } from './handlers/chargebacks';
import { paymentEventsHandler } from './handlers/payment-events';
import { threeDsReturnHandler } from './handlers/three-ds-return';
import { createPaymentEventsQueue } from './lib/queue';

async function start(): Promise<void> {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, bodyLimit: 1024 * 1024, trustProxy: true });
  const queue = createPaymentEventsQueue(config);

  // Signatures are computed over the exact bytes, so keep bodies raw.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/xml', 'text/xml'],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  app.get('/healthz', async () => ({ ok: true }));
  app.post('/webhooks/payments', paymentEventsHandler({ queue, secret: config.providerSigningSecret }));
  app.post('/webhooks/chargebacks', chargebackHandler({ queue, secret: config.providerSigningSecret }));
  app.post('/webhooks/bank-transfers', bankTransferHandler({ queue, secrets: config.bankMerchantSecrets }));
  app.get('/payments/3ds/return', threeDsReturnHandler({ webBaseUrl: config.webBaseUrl }));

  app.addHook('onClose', async () => {
    await queue.close();
  });

  await app.listen({ port: config.port, host: config.host });
}

start().catch((err) => {
  process.stderr.write(`webhooks failed to start: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
