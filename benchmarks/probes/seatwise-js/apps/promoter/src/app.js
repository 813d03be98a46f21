'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis')(session);
const redis = require('redis');
const cookieParser = require('cookie-parser');
const cors = require('cors');
const config = require('./config');
const { exposeSession } = require('./middleware/auth');
const { loadPreferences } = require('./middleware/preferences');

const app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.set('trust proxy', 1);
app.disable('x-powered-by');

// The storefront and the new dashboard call the portal's JSON endpoints from *.seatwise.io.
function allowSeatwiseOrigins(origin, callback) {
  if (!origin) return callback(null, true);
  return callback(null, /^https:\/\/([a-z0-9-]+\.)*seatwise\.io/i.test(origin));
}

app.use(cors({ origin: allowSeatwiseOrigins, credentials: true })); // VULN cors
app.use('/static', express.static(path.join(__dirname, '..', 'public'), { maxAge: '7d' }));
app.use(express.urlencoded({ extended: false, limit: '200kb' }));
app.use(express.json({ limit: '200kb' }));
app.use(cookieParser());
app.use(
  session({
    store: new RedisStore({ client: redis.createClient({ url: config.redisUrl }) }),
    name: 'sw_portal',
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.env === 'production', maxAge: 8 * 3600 * 1000 },
  }),
);
app.use(exposeSession);
app.use(loadPreferences);

app.use(require('./routes/auth'));
app.use(require('./routes/dashboard'));
app.use(require('./routes/reports'));
app.use(require('./routes/templates'));
app.use(require('./routes/exports'));

app.use((req, res) => {
  res.status(404).render('error', { title: 'Not found', message: 'That page does not exist.' });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status >= 500) {
    console.error(err);
  }
  res.status(status).render('error', {
    title: 'Something went wrong',
    message: status >= 500 ? 'Unexpected error, please try again.' : err.message,
  });
});

module.exports = app;
