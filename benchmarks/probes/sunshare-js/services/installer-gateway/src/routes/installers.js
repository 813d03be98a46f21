'use strict';

const crypto = require('crypto');
const Router = require('@koa/router');
const { Queue } = require('bullmq');
const repo = require('../repositories/installerRepo');
const storage = require('../lib/storage');
const { parseBundleManifest, parseAvailability, encodeSession } = require('../lib/codec');
const { fetchLogo, lookupLicence } = require('../lib/partnerClient');

const router = new Router({ prefix: '/v1' });
const mediaQueue = new Queue('installer-media', {
  connection: { host: process.env.REDIS_HOST || '127.0.0.1', port: Number(process.env.REDIS_PORT || 6379) },
});

function requireInstaller(ctx, next) {
  const session = ctx.state.installer;
  if (!session) ctx.throw(401, 'Sign in required');
  if (ctx.params.installerId && Number(ctx.params.installerId) !== session.installerId) {
    ctx.throw(403, 'Not your account');
  }
  return next();
}

// --- directory ------------------------------------------------------------

router.get('/installers', async (ctx) => {
  ctx.body = await repo.listInstallers({
    region: ctx.query.region,
    sort: ctx.query.sort,
    direction: ctx.query.direction,
  });
});

router.post('/installers/register', async (ctx) => {
  const { email, password, companyName, licenceNumber } = ctx.request.body || {};
  if (!email || !password || String(password).length < 10) ctx.throw(400, 'Email and a 10+ character password are required');
  const licence = await lookupLicence(String(licenceNumber || ''));
  if (!licence) ctx.throw(422, 'Licence not found in partner directory');
  const installerId = await repo.createAccount(String(email), String(password), String(companyName || licence.holder));
  ctx.cookies.set('ig_session', encodeSession({ installerId, email, scopes: ['profile'], issuedAt: Date.now() }), {
    httpOnly: true,
    secure: true,
    sameSite: 'none',
  });
  ctx.status = 201;
  ctx.body = { installerId };
});

// --- profile --------------------------------------------------------------

router.put('/installers/:installerId/profile', requireInstaller, async (ctx) => {
  const { website, statementNote, logoUrl } = ctx.request.body || {};
  let logo = null;
  if (logoUrl) {
    logo = await fetchLogo(logoUrl);
  }
  await repo.updateProfile(Number(ctx.params.installerId), {
    website: website ? String(website).slice(0, 300) : null,
    statementNote: statementNote ? String(statementNote).slice(0, 2000) : null,
    logo: logo ? logo.data : null,
  });
  ctx.status = 204;
});

router.post('/installers/:installerId/availability', requireInstaller, async (ctx) => {
  const text = typeof ctx.request.body === 'string' ? ctx.request.body : String(ctx.request.body.yaml || '');
  const slots = parseAvailability(text);
  ctx.body = { accepted: slots.length, slots };
});

router.get('/installers/:installerId/jobs', requireInstaller, async (ctx) => {
  ctx.body = await repo.listJobs(Number(ctx.params.installerId), ctx.query.sort);
});

// --- photos & bundles -----------------------------------------------------

router.post('/installers/:installerId/bundles', requireInstaller, async (ctx) => {
  const upload = ctx.request.files && ctx.request.files.bundle;
  if (!upload || Array.isArray(upload)) ctx.throw(400, 'Attach exactly one bundle');

  const installerId = Number(ctx.params.installerId);
  const bundleId = crypto.randomUUID();
  const dest = storage.bundleDir(installerId, bundleId);
  const { files, manifestText } = await storage.extractBundle(upload.filepath, upload.originalFilename || '', upload.size, dest);

  const manifest = manifestText ? parseBundleManifest(manifestText) : null;
  await repo.recordBundle(installerId, bundleId, files.length, manifest);
  await mediaQueue.add('bundle-thumbnails', { installerId, bundleId, files }, { attempts: 3, removeOnComplete: true });

  ctx.status = 201;
  ctx.body = { bundleId, files: files.length, siteId: manifest ? manifest.siteId : null };
});

router.post('/installers/:installerId/site-photos/:fileName/cover', requireInstaller, async (ctx) => {
  await mediaQueue.add('site-cover', { installerId: Number(ctx.params.installerId), fileName: ctx.params.fileName });
  ctx.status = 202;
});

router.get('/installers/:installerId/site-photos/:fileName', requireInstaller, async (ctx) => {
  ctx.type = 'image/jpeg';
  ctx.body = storage.openPhoto(ctx.params.installerId, ctx.params.fileName);
});

router.get('/installers/:installerId/bundles/:bundleId/files/:fileName', requireInstaller, async (ctx) => {
  ctx.type = 'image/jpeg';
  ctx.body = storage.openBundleFile(ctx.params.installerId, ctx.params.bundleId, ctx.params.fileName);
});

module.exports = router;
