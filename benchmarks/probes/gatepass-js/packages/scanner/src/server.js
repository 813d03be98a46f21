import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import fastifyPostgres from '@fastify/postgres';
import authPlugin from './plugins/auth.js';
import scanRoutes from './routes/scan.js';
import gateRoutes from './routes/gates.js';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: true });

await app.register(cors, { origin: true, credentials: true, methods: ['GET', 'POST', 'PUT'] }); // VULN cors
await app.register(cookie);
await app.register(fastifyPostgres, { connectionString: process.env.SCANNER_DATABASE_URL });
await app.register(authPlugin);
app.addContentTypeParser(['application/yaml', 'text/yaml'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
await app.register(scanRoutes, { prefix: '/v1/scan' });
await app.register(gateRoutes, { prefix: '/v1/gates' });
app.get('/healthz', async () => ({ ok: true }));

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 8081) });
