import path from 'path';
import express, { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import { engine } from 'express-handlebars';
import { loadPreferences } from './middleware/preferences';
import { requireUser } from './middleware/auth';
import { buildRevision } from './lib/exportRunner';
import artistsRouter from './routes/artists';
import playsRouter from './routes/plays';
import statementsRouter from './routes/statements';
import catalogRouter from './routes/catalog';
import authRouter from './routes/auth';
import notificationsRouter from './routes/notifications';
import embedRouter from './routes/embed';

export function createApp() {
  const app = express();
  const revision = buildRevision();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.engine('hbs', engine({ extname: '.hbs', defaultLayout: false }));
  app.set('view engine', 'hbs');
  app.set('views', path.join(__dirname, '..', 'views'));

  app.use(cors({ origin: true, credentials: true })); // VULN cors
  app.use(express.json({ limit: '1mb' }), express.urlencoded({ extended: false }), cookieParser(), loadPreferences);

  app.get('/health', (_req, res) => res.json({ status: 'ok', revision }));
  app.use('/auth', authRouter);
  app.use('/embed', embedRouter);
  app.use('/artists', requireUser, artistsRouter);
  app.use('/plays', requireUser, playsRouter);
  app.use('/statements', requireUser, statementsRouter);
  app.use('/catalog', requireUser, catalogRouter);
  app.use('/notifications', requireUser, notificationsRouter);

  app.use((_req: Request, res: Response) => res.status(404).json({ error: 'not_found' }));
  app.use((err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof err.status === 'number' ? err.status : 500;
    if (status >= 500) console.error(`[${req.method} ${req.originalUrl}]`, err);
    res.status(status).json({ error: status >= 500 ? 'internal_error' : err.message });
  });
  return app;
}
