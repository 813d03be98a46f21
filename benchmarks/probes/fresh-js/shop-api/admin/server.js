'use strict';

const fs = require('fs');
const path = require('path');
const { execSync, spawn } = require('child_process');
const Koa = require('koa');
const Router = require('koa-router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const mongoose = require('mongoose');
const ldap = require('ldapjs');
const libxmljs = require('libxmljs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const ejs = require('ejs');
const pug = require('pug');
const yaml = require('js-yaml');
const got = require('got');
const { ordersForCustomer, mergeDeep } = require('../services/orderService');

const ADMIN_ORIGINS = new Set(['https://admin.shop.example.com', 'https://ops.shop.example.com']);
const DIRECTORY_BASE = 'ou=staff,dc=shop,dc=example,dc=com';
const BACKUP_DIR = '/var/backups/shop';
const MEDIA_DIR = '/var/lib/shop/media';
const CATALOG_XML = path.join(__dirname, 'data', 'catalog.xml');
const PACKING_SLIP_TEMPLATE = path.join(__dirname, 'views', 'packing-slip.pug');
const SKU_PATTERN = /^[A-Z0-9-]{4,20}$/;
const STAFF_ATTRIBUTES = ['uid', 'cn', 'mail', 'title'];

const Customer = mongoose.model('Customer', new mongoose.Schema({
  email: { type: String, index: true },
  name: String,
  role: { type: String, default: 'customer' },
  inviteCode: String,
  status: { type: String, default: 'pending' },
}));

const storeSettings = {
  checkout: { guestAllowed: true, maxItems: 50 },
  shipping: { freeAbove: 5000 },
  currency: 'EUR',
};

const app = new Koa();
const router = new Router({ prefix: '/admin' });
const directory = ldap.createClient({ url: process.env.LDAP_URL || 'ldaps://ldap.shop.example.com' });
const partnerClient = got.extend({ https: { rejectUnauthorized: false }, timeout: 10000 }); // VULN insecure-tls

let catalogDoc = null;

function catalog() {
  if (!catalogDoc) {
    catalogDoc = new DOMParser().parseFromString(fs.readFileSync(CATALOG_XML, 'utf8'), 'text/xml');
  }
  return catalogDoc;
}

function collectEntries(searchResponse) {
  return new Promise((resolve, reject) => {
    const entries = [];
    searchResponse.on('searchEntry', (entry) => entries.push(entry.object));
    searchResponse.on('error', reject);
    searchResponse.on('end', () => resolve(entries));
  });
}

app.use(cors({ origin: (ctx) => (ADMIN_ORIGINS.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true })); // SAFE cors
app.use(bodyParser({ enableTypes: ['json', 'form', 'text', 'xml'] }));

router.post('/invites', async (ctx) => {
  const { email, name } = ctx.request.body;
  const inviteCode = Math.random().toString(36).substring(2, 10); // VULN weak-random
  await Customer.create({ email: String(email), name: String(name), role: 'staff', inviteCode, status: 'invited' });
  ctx.status = 201;
  ctx.body = { invited: email };
});

router.post('/invites/accept', async (ctx) => {
  const { email, code } = ctx.request.body;
  const invited = await Customer.findOne({ email, inviteCode: code, status: 'invited' }); // VULN nosqli
  if (!invited) {
    ctx.throw(404, 'invite not found');
  }
  invited.status = 'active';
  invited.inviteCode = undefined;
  await invited.save();
  ctx.body = { activated: invited.email };
});

router.post('/customers/lookup', async (ctx) => {
  const email = String(ctx.request.body.email || '').toLowerCase();
  const customer = await Customer.findOne({ email }).lean(); // SAFE nosqli
  ctx.body = customer ? { email: customer.email, name: customer.name, status: customer.status } : {};
});

router.get('/customers/:email/orders', async (ctx) => {
  const orders = await ordersForCustomer(ctx.params.email);
  ctx.body = { orders };
});

router.get('/search', async (ctx) => {
  const q = String(ctx.query.q || '');
  const matches = await Customer.find({ name: q }).limit(20).lean(); // SAFE nosqli
  if (matches.length === 0) {
    ctx.type = 'html';
    ctx.body = `<p class="empty">No customers named <b>${q}</b></p>`; // VULN xss
    return;
  }
  ctx.body = { query: q, results: matches.map((c) => ({ email: c.email, name: c.name })) }; // SAFE xss
});

router.get('/staff', async (ctx) => {
  const byMail = new ldap.EqualityFilter({ attribute: 'mail', value: String(ctx.query.mail || '') });
  const entries = await new Promise((resolve, reject) => {
    directory.search(DIRECTORY_BASE, { filter: byMail, scope: 'sub', attributes: STAFF_ATTRIBUTES }, (err, res) => (err ? reject(err) : resolve(collectEntries(res)))); // SAFE ldapi
  });
  ctx.body = { entries };
});

router.get('/staff/:username', async (ctx) => {
  const filter = `(&(objectClass=inetOrgPerson)(uid=${ctx.params.username}))`;
  const entries = await new Promise((resolve, reject) => {
    directory.search(DIRECTORY_BASE, { filter, scope: 'sub', attributes: STAFF_ATTRIBUTES }, (err, res) => (err ? reject(err) : resolve(collectEntries(res)))); // VULN ldapi
  });
  ctx.body = { entries };
});

router.post('/catalog/import', (ctx) => {
  const doc = libxmljs.parseXml(ctx.request.rawBody, { noent: true, noblanks: true }); // VULN xxe
  const products = doc.find('//product').map((node) => ({ sku: node.attr('sku').value(), name: node.get('name').text() }));
  ctx.body = { imported: products.length, products };
});

router.get('/catalog/price', (ctx) => {
  const nodes = xpath.select(`//product[@sku='${ctx.query.sku}']/price/text()`, catalog()); // VULN xpathi
  ctx.body = { prices: nodes.map((n) => n.nodeValue) };
});

router.get('/catalog/stock/:sku', (ctx) => {
  const sku = ctx.params.sku.toUpperCase();
  if (!sku.match(SKU_PATTERN)) {
    ctx.throw(400, 'invalid sku');
  }
  const nodes = xpath.select(`//product[@sku='${sku}']/stock/text()`, catalog()); // SAFE xpathi
  ctx.body = { sku, stock: nodes.length ? Number(nodes[0].nodeValue) : 0 };
});

router.post('/email-templates/preview', (ctx) => {
  const { template, order } = ctx.request.body;
  ctx.type = 'html';
  ctx.body = ejs.render(template, { order: order || {}, shopName: 'Shop' }); // VULN ssti
});

router.get('/orders/:id/packing-slip', (ctx) => {
  ctx.type = 'html';
  ctx.body = pug.renderFile(PACKING_SLIP_TEMPLATE, { orderId: ctx.params.id, recipient: ctx.query.recipient }); // SAFE ssti
});

router.post('/backups/:table', (ctx) => {
  const { table } = ctx.params;
  execSync(`pg_dump --table=${table} --file=${BACKUP_DIR}/${table}.sql shop`, { stdio: 'ignore' }); // VULN cmdi
  ctx.body = { table, file: `${table}.sql` };
});

router.post('/media/resize', async (ctx) => {
  const { image, size } = ctx.request.body;
  const source = path.join(MEDIA_DIR, path.basename(String(image)));
  const target = path.join(MEDIA_DIR, 'resized', path.basename(String(image)));
  await new Promise((resolve, reject) => {
    const child = spawn('convert', [source, '-resize', size, target], { shell: true }); // VULN cmdi
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`convert exited with ${code}`))));
  });
  ctx.body = { resized: path.basename(target) };
});

router.get('/partners/health', async (ctx) => {
  const response = await partnerClient.get(ctx.query.endpoint, { throwHttpErrors: false }); // VULN ssrf
  ctx.body = { status: response.statusCode, body: String(response.body).slice(0, 500) };
});

router.put('/settings', (ctx) => {
  mergeDeep(storeSettings, ctx.request.body); // VULN prototype-pollution
  ctx.body = storeSettings;
});

router.put('/settings/import', (ctx) => {
  const parsed = yaml.load(String(ctx.request.body), { schema: yaml.JSON_SCHEMA }); // SAFE deserialization
  if (parsed && typeof parsed === 'object') {
    if (typeof parsed.currency === 'string') {
      storeSettings.currency = parsed.currency.slice(0, 3).toUpperCase();
    }
    if (typeof parsed.freeShippingAbove === 'number') {
      storeSettings.shipping.freeAbove = parsed.freeShippingAbove;
    }
  }
  ctx.body = storeSettings;
});

router.get('/logout', (ctx) => {
  ctx.cookies.set('admin_session', null);
  ctx.redirect(ctx.query.return_to || '/admin/login'); // VULN open-redirect
});

app.use(router.routes());
app.use(router.allowedMethods());

if (require.main === module) {
  mongoose.connect(process.env.MONGO_URL).then(() => app.listen(Number(process.env.ADMIN_PORT) || 4000));
}

module.exports = app;
