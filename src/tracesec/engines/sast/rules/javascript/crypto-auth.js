const crypto = require('crypto');
const https = require('https');
const jwt = require('jsonwebtoken');
const libxml = require('libxmljs');
const serialize = require('node-serialize');
const _ = require('lodash');

function hashes(data, password) {
  // ruleid: trace.javascript.weak-crypto.weak-hash
  const a = crypto.createHash('md5').update(data).digest('hex');
  // ok: trace.javascript.weak-crypto.weak-hash
  const b = crypto.createHash('sha256').update(data).digest('hex');
  // ruleid: trace.javascript.weak-crypto.weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  // ruleid: trace.javascript.weak-crypto.weak-cipher
  const d = crypto.createCipheriv('aes-128-ecb', key, null);
  // ok: trace.javascript.weak-crypto.weak-cipher
  const e = crypto.createCipheriv('aes-256-gcm', key, iv);
  return [a, b, c, d, e];
}

function generateConfirmationCode(length = 8) {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    // ruleid: trace.javascript.insecure-randomness.math-random-for-secret
    code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  }
  return code;
}

function generateDoorCode(length = 6) {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    // ruleid: trace.javascript.insecure-randomness.math-random-for-secret
    code += Math.floor(Math.random() * 10).toString();
  }
  return code;
}

function newCollectionCode(length = 6) {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    // ruleid: trace.javascript.insecure-randomness.math-random-for-secret
    code += COLLECTION_ALPHABET[Math.floor(Math.random() * COLLECTION_ALPHABET.length)];
  }
  return code;
}

// a colour drawn from a palette is no secret, whatever the function is called
function pickColourCode() {
  // ok: trace.javascript.insecure-randomness.math-random-for-secret
  return PALETTE[Math.floor(Math.random() * PALETTE.length)];
}

function shuffleSeats(seats) {
  let order = '';
  for (const seat of seats) {
    // ok: trace.javascript.insecure-randomness.math-random-for-secret
    order += seat + Math.floor(Math.random() * 10);
  }
  return order;
}

function makeResetToken() {
  // ruleid: trace.javascript.insecure-randomness.math-random-for-secret
  const resetToken = Math.random().toString(36).slice(2);
  // ok: trace.javascript.insecure-randomness.math-random-for-secret
  const apiToken = crypto.randomBytes(32).toString('hex');
  // ok: trace.javascript.insecure-randomness.math-random-for-secret
  const jitter = Math.random() * 100;
  return [resetToken, apiToken, jitter];
}

function issueKioskPin() {
  // ruleid: trace.javascript.insecure-randomness.math-random-for-secret
  const kioskPin = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  // ok: trace.javascript.insecure-randomness.math-random-for-secret
  const spinnerDelay = Math.random() * 300;
  return [kioskPin, spinnerDelay];
}

function issueActivationCodes() {
  // ruleid: trace.javascript.insecure-randomness.math-random-for-secret
  const activationCode = Math.floor(Math.random() * 1e8).toString().padStart(8, '0');
  // ok: trace.javascript.insecure-randomness.math-random-for-secret
  const colorCode = '#' + Math.floor(Math.random() * 0xffffff).toString(16);
  return [activationCode, colorCode];
}

function clients() {
  // ruleid: trace.javascript.tls-verification.disabled
  const agent = new https.Agent({ rejectUnauthorized: false });
  // ok: trace.javascript.tls-verification.disabled
  const agent2 = new https.Agent({ rejectUnauthorized: true, ca: caBundle });
  // ruleid: trace.javascript.tls-verification.disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  return [agent, agent2];
}

function authenticate(req, res, next) {
  const token = req.headers.authorization;
  // ruleid: trace.javascript.jwt.insecure-verification
  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] });
  // ok: trace.javascript.jwt.insecure-verification
  const claims2 = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
  // ruleid: trace.javascript.jwt.insecure-verification
  req.user = jwt.decode(token);
  next(claims, claims2);
}

function partnerContext(req, res, next) {
  // ruleid: trace.javascript.jwt.insecure-verification
  const claims = jwt.decode(req.get('X-Partner-Token'));
  req.partner = claims;
  next();
}

const withSigningKey = async (req, res, next) => {
  // ok: trace.javascript.jwt.insecure-verification
  const decoded = jwt.decode(req.headers.authorization, { complete: true });
  const key = await keyFor(decoded.header.kid);
  try {
    req.user = jwt.verify(req.headers.authorization, key, { algorithms: ['RS256'] });
  } catch (err) {
    return res.sendStatus(401);
  }
  return next();
};

function lastLogins(req, res, next) {
  const token = sessions.tokenOf(req.user);
  // ok: trace.javascript.jwt.insecure-verification
  const parsed = jwt.decode(token, { json: true });
  res.json({ lastLogin: parsed.iat });
  next();
}

transfersRouter.post('/claim', requireAuth('customer'), async (req, res) => {
  // ruleid: trace.javascript.jwt.insecure-verification
  const claim = jwt.decode(String(req.body.claimToken || ''));
  res.json(await completeTransfer(req.user.id, claim.transferId));
});

transfersRouter.post('/claim-checked', async (req, res) => {
  const verified = jwt.verify(req.body.claimToken, publicKey, { algorithms: ['RS256'] });
  // ok: trace.javascript.jwt.insecure-verification
  const header = jwt.decode(req.body.claimToken, { complete: true });
  res.json({ verified, kid: header.header.kid });
});

function showTokenDebug(token) {
  // ok: trace.javascript.jwt.insecure-verification
  console.log(jwt.decode(token));
}

// ruleid: trace.javascript.hardcoded-credentials.literal-secret
const sequelize = new Sequelize('stagegate', 'app', 'Bx0ff1ce!Stage2023', { dialect: 'postgres' });
// ok: trace.javascript.hardcoded-credentials.literal-secret
const local = new Sequelize('database', 'username', 'password', { dialect: 'sqlite', storage: 'data/app.sqlite' });
// ok: trace.javascript.hardcoded-credentials.literal-secret
const sequelize2 = new Sequelize('stagegate', 'app', process.env.DB_PASSWORD, { dialect: 'postgres' });
// ruleid: trace.javascript.hardcoded-credentials.literal-secret
const pool = new Pool({ host: 'db', user: 'app', password: 'pg-Pr0d-2024!' });
// ok: trace.javascript.hardcoded-credentials.literal-secret
const pool2 = new Pool({ host: 'db', user: 'app', password: 'changeme' });
// a model's field, not a client's credentials (the field-name rule judges it by its length)
// ok: trace.javascript.hardcoded-credentials.literal-secret
const seeded = new User({ username: 'admin', password: 'letmein' });
// ruleid: trace.javascript.hardcoded-credentials.literal-secret
const token = jwt.sign({ id: 1 }, 'super-secret-signing-key');
// ok: trace.javascript.hardcoded-credentials.literal-secret
const token2 = jwt.sign({ id: 1 }, process.env.JWT_SECRET);
const db = {
  host: 'db',
  // ruleid: trace.javascript.hardcoded-credentials.literal-secret
  password: 'Sup3r-S3cret-DB-pass',
};
// ok: trace.javascript.hardcoded-credentials.literal-secret
const config = { password: process.env.DB_PASSWORD, label: 'password' };

function restore(req) {
  // ruleid: trace.javascript.deserialization.unsafe-deserialize
  const obj = serialize.unserialize(req.cookies.profile);
  // ok: trace.javascript.deserialization.unsafe-deserialize
  const obj2 = JSON.parse(req.cookies.profile);
  return [obj, obj2];
}

function parseUpload(data) {
  // ruleid: trace.javascript.xxe.libxml-entities
  const doc = libxml.parseXml(data, { noblanks: true, noent: true, nocdata: true });
  // ok: trace.javascript.xxe.libxml-entities
  const doc2 = libxml.parseXml(data, { noblanks: true });
  return [doc, doc2];
}

function updateSettings(req, res) {
  const settings = {};
  const { section, key, value } = req.body;
  // ruleid: trace.javascript.prototype-pollution.tainted-key
  settings[req.body.section][req.body.key] = req.body.value;
  // ruleid: trace.javascript.prototype-pollution.tainted-key
  _.merge(settings, req.body);
  // ruleid: trace.javascript.prototype-pollution.tainted-key
  const merged = _.merge({}, DEFAULT_SETTINGS, settings, req.body);
  // ok: trace.javascript.prototype-pollution.tainted-key
  const defaults = _.merge({}, DEFAULT_SETTINGS, { theme: 'dark' });
  // ok: trace.javascript.prototype-pollution.tainted-key
  settings.theme = req.body.theme;
  // ok: trace.javascript.prototype-pollution.tainted-key
  const copy = Object.assign({}, { theme: String(req.body.theme) });
  res.json([settings, copy]);
}

const PREFERENCE_SECTIONS = new Set(['display', 'notifications']);
const PREFERENCE_FIELDS = new Set(['theme', 'email']);

function patchPreferences(req, res) {
  const prefs = { display: {}, notifications: {} };
  const { section, field, value } = req.body;
  if (!PREFERENCE_SECTIONS.has(section) || !PREFERENCE_FIELDS.has(field)) {
    return res.status(400).json({ error: 'unknown preference' });
  }
  // ok: trace.javascript.prototype-pollution.tainted-key
  prefs[section][field] = String(value);
  // ruleid: trace.javascript.prototype-pollution.tainted-key
  prefs[req.body.group][field] = String(value);
  return res.json(prefs);
}

fastify.addHook('preHandler', async (request) => {
  const token = (request.headers.authorization || '').replace(/^Bearer\s+/i, '');
  if (request.routeOptions.config.legacyAuth) {
    // ruleid: trace.javascript.jwt.insecure-verification
    request.staff = jwt.decode(token);
    return;
  }
  // ok: trace.javascript.jwt.insecure-verification
  request.staff = jwt.verify(token, ROSTER_KEY, { algorithms: ['HS256'] });
});

async function koaIdentity(ctx, next) {
  // ruleid: trace.javascript.jwt.insecure-verification
  ctx.state.user = jwt.decode(ctx.get('Authorization'));
  await next();
}

function contentEtag(buffer) {
  // ok: trace.javascript.weak-crypto.weak-hash
  return crypto.createHash('sha1').update(buffer).digest('hex');
}

function storeUpload(buffer) {
  // ok: trace.javascript.weak-crypto.weak-hash
  const checksum = crypto.createHash('md5').update(buffer).digest('hex');
  // ruleid: trace.javascript.weak-crypto.weak-hash
  const signature = crypto.createHash('md5').update(buffer).digest('hex');
  return [checksum, signature];
}

const gateway = {
  merchantId: process.env.GATEWAY_MERCHANT || 'deskhop-eu',
  // ruleid: trace.javascript.hardcoded-credentials.literal-secret
  apiKey: process.env.GATEWAY_API_KEY || 'pb_live_91c0aa7e2b8d4a60b3e5',
  // ok: trace.javascript.hardcoded-credentials.literal-secret
  clientSecret: process.env.GATEWAY_CLIENT_SECRET || '',
};
// ruleid: trace.javascript.hardcoded-credentials.literal-secret
const JWT_SECRET = process.env.JWT_SECRET ?? 'kiosk-signing-4f9a1c7e';

function kioskClaimsFromAuthHeader(header) {
  if (!header || !header.startsWith('Bearer ')) return null;
  // ruleid: trace.javascript.jwt.insecure-verification
  const decoded = jwt.decode(header.slice('Bearer '.length));
  return decoded && decoded.site ? decoded : null;
}

function kioskClaimsChecked(header) {
  if (!header || !header.startsWith('Bearer ')) return null;
  const token = header.slice('Bearer '.length);
  // the key id first, to pick the key the token is then verified with
  // ok: trace.javascript.jwt.insecure-verification
  const { header: head } = jwt.decode(token, { complete: true });
  return jwt.verify(token, keys[head.kid], { algorithms: ['RS256'] });
}

module.exports = { gateway, JWT_SECRET, kioskClaimsFromAuthHeader, kioskClaimsChecked };

// a function named for reading a token returns what the token says
function readEmbedToken(token) {
  // ruleid: trace.javascript.jwt.insecure-verification
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.payload;
}

// ... unless it verifies it too
function readSessionToken(token) {
  const header = jwt.decode(token, { complete: true });
  // ok: trace.javascript.jwt.insecure-verification
  return jwt.verify(token, keys[header.header.kid], { algorithms: ['RS256'] });
}

function fetchPriceSheet(url) {
  // ruleid: trace.javascript.tls-verification.disabled
  return superagent.get(url).disableTLSCerts().buffer(true);
}
