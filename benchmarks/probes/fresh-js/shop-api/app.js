'use strict';

const crypto = require('crypto');
const express = require('express');
const cookieParser = require('cookie-parser');
const cors = require('cors');
const jwt = require('jsonwebtoken');
const serialize = require('node-serialize');

const ordersRouter = require('./routes/orders');
const { findCustomerByEmail, saveResetToken } = require('./services/orderService');

const app = express();
const authRouter = express.Router();

const POST_LOGIN_DESTINATIONS = new Map([
  ['orders', '/account/orders'],
  ['wishlist', '/account/wishlist'],
  ['checkout', '/checkout'],
]);

const COMMISSION_RATES = { standard: 0.04, gold: 0.07 };

app.disable('x-powered-by');
app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());
app.use(cors({ origin: true, credentials: true })); // VULN cors

function restoreCart(req, res, next) {
  const raw = req.cookies.cart;
  req.cart = { items: [] };
  if (raw) {
    try {
      req.cart = serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8')); // VULN deserialization
    } catch (err) {
      res.clearCookie('cart');
    }
  }
  next();
}

function authenticate(req, res, next) {
  const header = req.get('Authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : req.cookies.session;
  if (!token) {
    return res.status(401).json({ error: 'authentication required' });
  }
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }); // SAFE jwt-unverified
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid session' });
  }
}

function partnerContext(req, res, next) {
  const partnerToken = req.get('X-Partner-Token');
  if (!partnerToken) {
    return res.status(401).json({ error: 'partner token required' });
  }
  const claims = jwt.decode(partnerToken); // VULN jwt-unverified
  if (!claims || !claims.partnerId) {
    return res.status(400).json({ error: 'malformed partner token' });
  }
  req.partner = { id: claims.partnerId, tier: claims.tier || 'standard' };
  return next();
}

function requirePartnerTier(tier) {
  return (req, res, next) => (req.partner.tier === tier ? next() : res.status(403).json({ error: 'insufficient tier' }));
}

function unsubscribeSignature(email) {
  return crypto.createHmac('sha256', 'nl-unsub-5e1f09c7b2d4').update(email).digest('hex'); // VULN hardcoded-secret
}

authRouter.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const customer = await findCustomerByEmail(String(email || ''));
    const digest = crypto.createHash('md5').update(String(password || '')).digest('hex'); // VULN weak-hash
    if (!customer || digest !== customer.password_hash) {
      return res.status(401).json({ error: 'invalid credentials' });
    }
    const token = jwt.sign({ sub: customer.id, name: customer.display_name }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '8h' }); // SAFE hardcoded-secret
    res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
    return res.redirect(POST_LOGIN_DESTINATIONS.get(req.query.next) || '/account'); // SAFE open-redirect
  } catch (err) {
    return next(err);
  }
});

authRouter.post('/password-reset', async (req, res, next) => {
  try {
    const customer = await findCustomerByEmail(String(req.body.email || ''));
    if (customer) {
      const resetCode = Math.random().toString(36).slice(2, 10).toUpperCase(); // VULN weak-random
      await saveResetToken(customer.id, resetCode);
    }
    res.status(202).json({ message: 'If the address is registered, a reset code is on its way.' });
  } catch (err) {
    next(err);
  }
});

authRouter.get('/newsletter/unsubscribe', (req, res) => {
  const email = String(req.query.email || '');
  if (req.query.sig !== unsubscribeSignature(email)) {
    return res.status(403).json({ error: 'invalid link' });
  }
  return res.json({ unsubscribed: email });
});

authRouter.get('/logout', (req, res) => {
  res.clearCookie('session');
  res.redirect(req.query.next || '/'); // VULN open-redirect
});

app.use(restoreCart);
app.use('/auth', authRouter);

app.get('/partner/commissions', partnerContext, requirePartnerTier('gold'), (req, res) => {
  res.json({ partnerId: req.partner.id, rate: COMMISSION_RATES[req.partner.tier] });
});

app.use('/orders', authenticate, ordersRouter);

app.use((err, req, res, next) => {
  if (res.headersSent) {
    return next(err);
  }
  console.error(err);
  return res.status(500).json({ error: 'internal error' });
});

if (require.main === module) {
  app.listen(Number(process.env.PORT) || 3000);
}

module.exports = app;
