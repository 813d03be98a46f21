import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import { config } from './config';
import corsPlugin from './plugins/cors';
import authPlugin from './plugins/auth';
import preferencesPlugin from './plugins/preferences';
import bookingRoutes from './routes/bookings';
import memberRoutes from './routes/members';
import invoiceRoutes from './routes/invoices';
import adminRoutes from './routes/admin';
import pricingRoutes from './routes/pricing';
import integrationRoutes from './routes/integrations';
import settingsRoutes from './routes/settings';

export async function buildServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: true });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(corsPlugin);
  await app.register(authPlugin);
  await app.register(preferencesPlugin);
  for (const routes of [bookingRoutes, memberRoutes, invoiceRoutes, adminRoutes, pricingRoutes, integrationRoutes, settingsRoutes]) {
    await app.register(routes, { prefix: '/v1' });
  }
  app.get('/healthz', async () => ({ ok: true }));
  return app;
}

if (require.main === module) {
  buildServer()
    .then((app) => app.listen({ port: config.port, host: config.host }))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
