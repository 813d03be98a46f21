import express, { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import path from 'node:path';
import { config } from './config/index.js';
import { connectMongo } from './config/database.js';
import { corsForFrontends } from './middleware/cors.js';
import { HttpError } from './utils/errors.js';
import { eventsRouter } from './routes/events.routes.js';
import { ordersRouter } from './routes/orders.routes.js';
import { venuesRouter } from './routes/venues.routes.js';
import { accountRouter } from './routes/account.routes.js';
import { staffRouter } from './routes/staff.routes.js';
import { transfersRouter } from './routes/transfers.routes.js';
import { promotersRouter } from './routes/promoters.routes.js';

export function createApp() {
  const app = express();
  app.set('view engine', 'ejs');
  app.set('views', path.join(import.meta.dirname, '..', 'views'));
  app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(corsForFrontends, express.json({ limit: '256kb' }), cookieParser());

  app.get('/health/live', (_req, res) => { res.json({ status: 'ok', revision: process.env.GIT_SHA ?? 'dev' }); });
  app.use('/events', eventsRouter);
  app.use('/orders', ordersRouter);
  app.use('/venues', venuesRouter);
  app.use('/account', accountRouter);
  app.use('/staff', staffRouter);
  app.use('/transfers', transfersRouter);
  app.use('/promoters', promotersRouter);

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof HttpError) return res.status(err.status).json({ error: err.code, message: err.message });
    console.error('unhandled error', err);
    res.status(500).json({ error: 'internal_error' });
  });
  return app;
}

await connectMongo();
createApp().listen(config.port, () => console.log(`gatepass api listening on :${config.port}`));
