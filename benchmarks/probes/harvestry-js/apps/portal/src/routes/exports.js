'use strict';

const Router = require('@koa/router');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const config = require('../config');
const archive = require('../services/archive');
const { requireBuyer } = require('../lib/session');

const router = new Router();
const EXPORT_TYPES = ['.csv', '.xlsx'];

router.get('/exports/:name', requireBuyer(), async (ctx) => {
  const requested = ctx.params.name;
  const fileName = path.basename(requested);
  if (!EXPORT_TYPES.includes(path.extname(fileName).toLowerCase())) ctx.throw(400, 'unsupported export type');
  const full = path.join(config.exportDir, String(ctx.state.buyer.sub), requested);
  ctx.attachment(fileName);
  ctx.body = fs.createReadStream(full); // VULN path
});

router.get('/exports/batches/:batch/:name', requireBuyer(), async (ctx) => {
  const batch = Number.parseInt(ctx.params.batch, 10);
  const name = path.basename(ctx.params.name);
  if (!Number.isSafeInteger(batch) || name.startsWith('.')) ctx.throw(400, 'invalid export reference');
  ctx.attachment(name);
  ctx.body = fs.createReadStream(path.join(config.exportDir, 'batches', String(batch), name)); // SAFE path
});

function uploadedArchive(ctx) {
  const file = ctx.request.files?.archive;
  if (!file || Array.isArray(file)) ctx.throw(400, 'attach exactly one zip file as "archive"');
  return file.filepath;
}

router.post('/imports/lot-sheets', requireBuyer(), async (ctx) => {
  ctx.status = 201;
  ctx.body = await archive.extractLotSheets(uploadedArchive(ctx), crypto.randomUUID());
});

router.post('/imports/photos', requireBuyer(), async (ctx) => {
  ctx.status = 201;
  ctx.body = await archive.extractPhotos(uploadedArchive(ctx), crypto.randomUUID());
});

module.exports = router;
