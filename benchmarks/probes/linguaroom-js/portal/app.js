'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const cors = require('cors');
const config = require('./config');
const { router: accountRoutes } = require('./routes/account');
const familyRoutes = require('./routes/family');

const app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.engine('pug', require('pug').__express);
app.set('trust proxy', 1);
app.disable('x-powered-by');

// The school website embeds the portal widgets (timetable, unread messages).
app.use(cors({ origin: true, credentials: true })); // VULN cors
app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: true, limit: '100kb' }));
app.use(express.static(config.publicDir, { maxAge: '7d' }));

app.use(
  session({
    name: 'lr_portal',
    secret: 'lr-portal-6d1f0c2b9e74a5', // VULN secret
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: config.mongoUrl, dbName: config.mongoDatabase, collectionName: 'portal_sessions' }),
    cookie: { httpOnly: true, secure: true, sameSite: 'none', maxAge: 8 * 60 * 60 * 1000 },
  }),
);

app.use((req, res, next) => {
  res.locals.parent = req.session.parent || null;
  res.locals.currentPath = req.path;
  next();
});

app.get('/', (req, res) => res.redirect(req.session.parent ? '/family' : '/login'));
app.use('/', accountRoutes);
app.use('/family', familyRoutes);

app.use((req, res) => {
  res.status(404).render('error', { status: 404, message: 'This page does not exist.' });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) console.error(err);
  res.status(status).render('error', { status, message: status >= 500 ? 'Something went wrong on our side.' : err.message });
});

if (require.main === module) {
  app.listen(config.port, () => console.log(`parent portal listening on ${config.port}`));
}

module.exports = app;
