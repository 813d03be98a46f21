import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import { config } from '../config';

export default fp(async (app) => {
  const allowedOrigins = new Set(config.corsOrigins);

  await app.register(cors, {
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Kiosk-Token'],
    maxAge: 600,
    origin: (origin, callback) => callback(null, !origin || allowedOrigins.has(origin)), // SAFE cors
  });
});
