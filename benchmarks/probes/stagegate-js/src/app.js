'use strict';

const path = require('path');
const express = require('express');
const cookieParser = require('cookie-parser');
const cors = require('cors');
const { engine: handlebars } = require('express-handlebars');
const config = require('./config');
const { checkOrigin } = require('./middleware/corsPolicy');

const app = express();

app.disable('x-powered-by');
app.set('trust proxy', 1);
app.set('views', path.join(__dirname, '..', 'views'));
app.engine('hbs', handlebars({ extname: '.hbs', defaultLayout: false }));
app.set('view engine', 'ejs');

app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: true }));
app.use(cookieParser());

app.use('/api/partner', cors({ origin: true, credentials: true }), require('./routes/partner')); // VULN cors
app.use('/api', cors({ origin: checkOrigin, credentials: true })); // SAFE cors

app.get('/healthz', (req, res) => res.json({ ok: true, env: config.env }));

app.use('/api/auth', require('./routes/auth'));
app.use('/api/events', require('./routes/events'));
app.use('/api/orders', require('./routes/orders'));
app.use('/api/tickets', require('./routes/tickets'));
app.use('/api/customers', require('./routes/customers'));
app.use('/api/venues', require('./routes/venues'));
app.use('/api/reports', require('./routes/reports'));
app.use('/api/admin', require('./routes/admin'));

app.use((req, res) => res.status(404).json({ error: 'not found' }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message, details: err.details });
});

module.exports = app;
