'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const cookieParser = require('cookie-parser');
const helmet = require('helmet');
const config = require('./config');
const { pool } = require('./db');
const { loadMember } = require('./middleware/auth');
const { apiCors } = require('./middleware/http');
const { connectMongo } = require('./db');
const { roomsRouter, plannerRouter } = require('./routes/rooms');
const { concertsRouter, widgetRouter } = require('./routes/concerts');
const { membersRouter, sectionsRouter } = require('./routes/members');
const { adminRouter, importsRouter } = require('./routes/admin');

function notFoundHandler(req, res) {
  res.status(404);
  if (req.accepts(['html', 'json']) === 'json') return res.json({ error: 'Not found' });
  return res.render('error', { title: 'Not found', message: 'We could not find that page.' });
}

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) console.error('[valvework]', req.method, req.originalUrl, err);
  res.status(status);
  const message = status >= 500 ? 'Something went wrong' : err.message;
  if (req.accepts(['html', 'json']) === 'json') {
    return res.json({ error: message, field: err.field });
  }
  return res.render('error', { title: 'Error', message });
}

function createApp() {
  const app = express();

  app.set('view engine', 'ejs');
  app.set('views', config.paths.views);
  app.set('trust proxy', 1);
  app.disable('x-powered-by');

  app.use(helmet({ contentSecurityPolicy: false }));
  app.use('/static', express.static(path.join(config.paths.root, 'public'), { maxAge: '7d' }));
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: true, limit: '1mb' }));
  app.use(
    session({
      name: 'vw.sid',
      store: new PgSession({ pool, tableName: 'http_sessions', createTableIfMissing: false }),
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.env === 'production', maxAge: 14 * 24 * 3600 * 1000 },
    })
  );
  app.use(loadMember);

  app.get('/', (req, res) => res.redirect('/concerts'));
  app.use('/', require('./routes/auth'));
  app.use('/', require('./routes/media'));
  app.use('/api', apiCors);
  app.use(['/loans', '/api/loans'], require('./routes/loans'));
  app.use('/rooms', roomsRouter);
  app.use('/planner', plannerRouter);
  app.use('/concerts', concertsRouter);
  app.use('/widget', widgetRouter);
  app.use('/members', membersRouter);
  app.use('/sections', sectionsRouter);
  app.use('/subscriptions', require('./routes/subscriptions'));
  app.use('/imports', importsRouter);
  app.use('/admin', adminRouter);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

async function main() {
  await connectMongo();
  const app = createApp();
  const server = app.listen(config.port, () => {
    console.log(`Valvework listening on :${config.port} (${config.env})`);
  });
  const shutdown = () => server.close(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

if (require.main === module) {
  main().catch((err) => {
    console.error('Failed to start Valvework', err);
    process.exit(1);
  });
}

module.exports = { createApp };
