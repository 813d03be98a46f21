'use strict';

const crypto = require('crypto');
const fs = require('fs/promises');
const path = require('path');
const Router = require('@koa/router');
const config = require('../config');
const importService = require('../services/importService');
const { Desk } = require('../db/models');
const { requireStaff } = require('../middleware/auth');

const router = new Router({ prefix: '/imports' });
router.use(requireStaff);

function singleFile(ctx, field) {
  const file = ctx.request.files && ctx.request.files[field];
  if (!file || Array.isArray(file)) ctx.throw(400, `upload a single "${field}" file`);
  return file.filepath;
}

router.post('/bank-statement', async (ctx) => {
  const xml = typeof ctx.request.body === 'string' ? ctx.request.body : await fs.readFile(singleFile(ctx, 'statement'), 'utf8');
  const entries = importService.parseBankStatement(xml);
  ctx.body = { entries: entries.length, unmatched: entries.filter((e) => !/^INV-\d+/.test(e.reference)).length };
});

router.post('/desk-inventory', async (ctx) => {
  const desks = importService.parseDeskInventory(String(ctx.request.body));
  await Desk.bulkWrite(desks.map((d) => ({ updateOne: { filter: { code: d.code }, update: { $set: d }, upsert: true } })));
  ctx.body = { upserted: desks.length };
});

router.post('/rate-card', async (ctx) => {
  ctx.body = { items: importService.parseRateCard(String(ctx.request.body)) };
});

router.post('/receipts', async (ctx) => {
  const dest = path.join(config.importDir, 'receipts', crypto.randomUUID());
  await fs.mkdir(dest, { recursive: true });
  ctx.body = { files: await importService.extractReceiptsArchive(singleFile(ctx, 'archive'), dest) };
});

router.post('/floorplans', async (ctx) => {
  ctx.body = { files: await importService.extractFloorplanBundle(singleFile(ctx, 'bundle'), config.floorplanDir) };
});

module.exports = router;
