const express = require('express');
const cors = require('cors');
const fs = require('fs');
const path = require('path');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const ldap = require('ldapjs');
const xpath = require('xpath');
const KoaRouter = require('koa-router');

const koaRouter = new KoaRouter();
const AdmZip = require('adm-zip');
const { ObjectId } = require('mongodb');

const app = express();
const client = ldap.createClient({ url: 'ldap://ldap.internal' });

app.post('/login', async (req, res) => {
  // ruleid: trace.javascript.nosql-injection.operator-injection
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  // ok: trace.javascript.nosql-injection.operator-injection
  const same = await User.findOne({ email: String(req.body.email) });
  // ok: trace.javascript.nosql-injection.operator-injection
  const byId = await User.findOne({ _id: new ObjectId(req.params.id) });
  // ok: trace.javascript.nosql-injection.operator-injection
  const address = await AddressModel.findOne({ where: { id: req.params.id, UserId: req.body.UserId } });
  // ruleid: trace.javascript.nosql-injection.operator-injection
  await db.reviews.update({ _id: req.body.id }, { $set: { message: req.body.message } }, { multi: true });
  // ruleid: trace.javascript.nosql-injection.operator-injection
  await db.sessions.remove({ token: req.body.token });
  // ok: trace.javascript.nosql-injection.operator-injection
  await db.reviews.update({ _id: String(req.body.id) }, { $set: { message: req.body.message } });
  // ok: trace.javascript.nosql-injection.operator-injection
  await UserModel.update({ name: req.body.name }, { where: { id: req.params.id } });
  // ok: trace.javascript.nosql-injection.operator-injection
  await knex('users').where('id', 7).update({ name: req.body.name });
  // knex binds an object's values: no operators
  // ok: trace.javascript.nosql-injection.operator-injection
  await knex('staff').where({ email: req.body.email, active: true }).first();
  // ok: trace.javascript.nosql-injection.operator-injection
  await trx('lots').where({ id: req.body.lotId }).forUpdate().first();
  // ok: trace.javascript.nosql-injection.operator-injection
  await userRepository.update({ id: req.params.id }, { name: req.body.name });
  res.json({ ok: !!user && !!same && !!byId && !!address });
});

app.post('/plays/search', async (req, res) => {
  // ruleid: trace.javascript.nosql-injection.operator-injection
  const events = await PlayEvent.find(req.body).limit(500);
  const filter = { artistId: String(req.body.artistId) };
  // ok: trace.javascript.nosql-injection.operator-injection
  const mine = await PlayEvent.find(filter);
  // ok: trace.javascript.nosql-injection.operator-injection
  const first = events.find((e) => e.trackId === req.body.trackId);
  // ok: trace.javascript.nosql-injection.operator-injection
  const rows = await playRepository.find(req.body);
  res.json({ events, mine, first, rows });
});

app.post('/reviews/edit', async (req, res) => {
  if (typeof req.body.id !== 'string') {
    return res.status(400).end();
  }
  // ok: trace.javascript.nosql-injection.operator-injection
  await db.reviews.update({ _id: req.body.id }, { $set: { message: req.body.message } });
  if (req.body.author === undefined) {
    return res.status(400).end();
  }
  // ruleid: trace.javascript.nosql-injection.operator-injection
  await db.reviews.update({ author: req.body.author }, { $set: { hidden: true } });
  res.end();
});

app.get('/people', (req, res) => {
  // ruleid: trace.javascript.ldap-injection.tainted-filter
  client.search('ou=people,dc=acme', { filter: '(uid=' + req.query.uid + ')', scope: 'sub' }, () => {});
  // ok: trace.javascript.ldap-injection.tainted-filter
  client.search('ou=people,dc=acme', { filter: '(uid=' + escapeLdapFilter(req.query.uid) + ')' }, () => {});
  // ok: trace.javascript.ldap-injection.tainted-filter
  client.search('ou=people,dc=acme', { filter: '(objectClass=person)' }, () => {});
  const byMail = new ldap.EqualityFilter({ attribute: 'mail', value: String(req.query.mail) });
  // ok: trace.javascript.ldap-injection.tainted-filter
  client.search('ou=people,dc=acme', { filter: byMail, scope: 'sub' }, () => {});
  res.end();
});

app.get('/people/:uid', (req, res) => {
  if (!/^[a-z0-9._-]{1,32}$/.test(req.params.uid)) {
    return res.status(400).end();
  }
  // ok: trace.javascript.ldap-injection.tainted-filter
  client.search('ou=people,dc=acme', { filter: `(uid=${req.params.uid})` }, () => {});
  res.end();
});

app.get('/books', (req, res) => {
  // ruleid: trace.javascript.xpath-injection.tainted-xpath
  const nodes = xpath.select("//book[author='" + req.query.author + "']", catalog);
  // ok: trace.javascript.xpath-injection.tainted-xpath
  const all = xpath.select('//book', catalog);
  res.json({ n: nodes.length + all.length });
});

const SKU_PATTERN = /^[A-Z0-9-]{4,20}$/;
koaRouter.get('/catalog/stock/:sku', (ctx) => {
  const sku = ctx.params.sku.toUpperCase();
  if (!sku.match(SKU_PATTERN)) {
    ctx.throw(400, 'invalid sku');
  }
  // ok: trace.javascript.xpath-injection.tainted-xpath
  const stock = xpath.select(`//product[@sku='${sku}']/stock/text()`, catalog);
  // ruleid: trace.javascript.xpath-injection.tainted-xpath
  const price = xpath.select(`//product[@sku='${ctx.params.sku}']/price/text()`, catalog);
  ctx.body = { stock: stock.length, price: price.length };
});

koaRouter.get('/seats/:row', (ctx) => {
  const n = Number.parseInt(ctx.params.row, 10);
  // ok: trace.javascript.xpath-injection.tainted-xpath
  const seats = xpath.select(`//row[@number=${n}]/seat`, catalog);
  ctx.body = { seats: seats.length };
});

function importSignage(zipfile, destination) {
  zipfile.on('entry', (entry) => {
    const target = path.resolve(destination, entry.fileName);
    if (entry.fileName.endsWith('/') || !target.startsWith(destination + path.sep)) return zipfile.readEntry();
    zipfile.openReadStream(entry, (err, readStream) => {
      // ok: trace.javascript.archive-extraction.zip-slip
      readStream.pipe(fs.createWriteStream(target));
    });
  });
  zipfile.on('entry', (entry) => {
    const target = path.resolve(destination, entry.fileName);
    if (entry.fileName.endsWith('/')) return zipfile.readEntry();
    zipfile.openReadStream(entry, (err, readStream) => {
      // ruleid: trace.javascript.archive-extraction.zip-slip
      readStream.pipe(fs.createWriteStream(target));
    });
  });
}

function unpack(zipPath, target) {
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    // ruleid: trace.javascript.archive-extraction.zip-slip
    fs.writeFileSync(path.join(target, entry.entryName), entry.getData());
  }
  for (const entry of zip.getEntries()) {
    const dest = path.resolve(target, entry.entryName);
    if (!dest.startsWith(path.resolve(target) + path.sep)) {
      continue;
    }
    // ok: trace.javascript.archive-extraction.zip-slip
    fs.writeFileSync(dest, entry.getData());
  }
  for (const entry of zip.getEntries()) {
    // ok: trace.javascript.archive-extraction.zip-slip
    fs.writeFileSync(path.join(target, path.basename(entry.entryName)), entry.getData());
  }
  for (const entry of zip.getEntries()) {
    const root = path.resolve(target);
    const inside = path.resolve(root, entry.entryName);
    if (inside !== root && !inside.startsWith(root + path.sep)) {
      throw new Error('entry outside the target');
    }
    // ok: trace.javascript.archive-extraction.zip-slip
    fs.writeFileSync(inside, entry.getData());
  }
  for (const entry of zip.getEntries()) {
    const dest = path.resolve(target, entry.entryName);
    if (entry.isDirectory || !dest.startsWith(path.resolve(target) + path.sep)) continue;
    // ok: trace.javascript.archive-extraction.zip-slip
    fs.writeFileSync(dest, entry.getData());
  }
  for (const entry of zip.getEntries()) {
    const dest = path.resolve(target, entry.entryName);
    if (entry.isDirectory && !dest.startsWith(path.resolve(target) + path.sep)) continue;
    // ruleid: trace.javascript.archive-extraction.zip-slip
    fs.writeFileSync(dest, entry.getData());
  }
}

// ruleid: trace.javascript.cors.credentials-any-origin
app.use(cors({ origin: true, credentials: true }));
const lb4Config = {
  rest: {
    port: 3000,
    // ruleid: trace.javascript.cors.credentials-any-origin
    cors: { origin: true, credentials: true, maxAge: 86400 },
  },
};
const lb4Strict = {
  // ok: trace.javascript.cors.credentials-any-origin
  rest: { cors: { origin: ['https://app.acme.example'], credentials: true } },
};
// ruleid: trace.javascript.cors.credentials-any-origin
fastify.register(fastifyCors, { credentials: true, origin: true });
// ok: trace.javascript.cors.credentials-any-origin
app.use(cors({ origin: ['https://app.acme.example'], credentials: true }));
// ok: trace.javascript.cors.credentials-any-origin
app.use(cors({ origin: '*' }));
// the callback handed the request's own origin back
// ruleid: trace.javascript.cors.credentials-any-origin
app.use(cors({ credentials: true, origin: (origin, callback) => callback(null, origin) }));
// ok: trace.javascript.cors.credentials-any-origin
app.use(cors({ credentials: true, origin: (origin, callback) => callback(null, ALLOWED.includes(origin)) }));

app.use((req, res, next) => {
  // ruleid: trace.javascript.cors.credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

// ruleid: trace.javascript.hardcoded-credentials.literal-signing-key
const mac = crypto.createHmac('sha256', 'hmac-secret-value-9').update('x').digest('hex');
// ok: trace.javascript.hardcoded-credentials.literal-signing-key
const mac2 = crypto.createHmac('sha256', config.hmacKey).update('x').digest('hex');

function storeUser(user) {
  // ruleid: trace.javascript.weak-crypto.fast-hash-for-password
  user.hash = crypto.createHash('sha256').update(user.password).digest('hex');
  // ok: trace.javascript.weak-crypto.fast-hash-for-password
  user.etag = crypto.createHash('sha256').update(user.profileJson).digest('hex');
  return user;
}

// CORS with credentials for the origins a loose check accepts
function allowPartnerOrigins(origin, callback) {
  if (!origin) return callback(null, true);
  return callback(null, /^https:\/\/([a-z0-9-]+\.)*partners\.example$/i.test(origin) || /^https:\/\/admin\.example\.org/.test(origin));
}
// ruleid: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ origin: allowPartnerOrigins, credentials: true }));

function allowAnchored(origin, callback) {
  callback(null, /^https:\/\/([a-z0-9-]+\.)*partners\.example$/i.test(origin));
}
// ok: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ origin: allowAnchored, credentials: true }));

const allowBySuffix = (origin, cb) => {
  if (origin && origin.endsWith('partners.example')) return cb(null, true);
  cb(new Error('origin not allowed'));
};
// ruleid: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ credentials: true, origin: allowBySuffix }));

const allowByDotSuffix = (origin, cb) => {
  if (origin && origin.endsWith('.partners.example')) return cb(null, true);
  cb(new Error('origin not allowed'));
};
// ok: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ credentials: true, origin: allowByDotSuffix }));

// ruleid: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ credentials: true, origin: /partners\.example/ }));

// ok: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ credentials: true, origin: [/^https:\/\/app\.partners\.example$/, 'https://www.partners.example'] }));

// ok: trace.javascript.cors.credentials-loose-origin-check
app.use(cors({ origin: /partners\.example/ }));

const portalCors = { origin: allowBySuffix, credentials: true };
// ruleid: trace.javascript.cors.credentials-loose-origin-check
app.use(cors(portalCors));
