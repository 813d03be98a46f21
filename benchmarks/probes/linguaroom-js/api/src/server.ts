import Fastify, { type FastifyError } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { config } from './config';
import { closeDatabases } from './db';
import { closeQueues } from './queues';
import authPlugin from './plugins/auth';
import corsPlugin from './plugins/cors';
import authRoutes from './routes/auth';
import courseRoutes from './routes/courses';
import importRoutes from './routes/imports';
import payrollRoutes from './routes/payroll';
import placementRoutes from './routes/placement';
import scheduleRoutes from './routes/schedules';
import staffRoutes from './routes/staff';

export async function buildServer() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers["x-kiosk-token"]'] },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  });

  await app.register(corsPlugin);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(authPlugin);

  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => {
    done(null, body);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: 'Internal server error' });
    }
    return reply.code(status).send({ error: error.message });
  });

  app.get('/health', async () => ({ status: 'ok', version: process.env.npm_package_version ?? 'dev' }));

  await app.register(authRoutes);
  await app.register(courseRoutes);
  await app.register(scheduleRoutes);
  await app.register(payrollRoutes);
  await app.register(placementRoutes);
  await app.register(staffRoutes);
  await app.register(importRoutes);

  app.addHook('onClose', async () => {
    await closeQueues();
    await closeDatabases();
  });

  return app;
}

if (require.main === module) {
  buildServer()
    .then((app) => app.listen({ port: config.port, host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
