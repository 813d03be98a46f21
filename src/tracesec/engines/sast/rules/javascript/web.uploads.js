const express = require('express');
const multer = require('multer');
const fileUpload = require('express-fileupload');
const path = require('path');
const { randomUUID } = require('crypto');
const fs = require('fs');
const { readFile, copyFile } = require('node:fs/promises');
import { createReadStream } from 'node:fs';

const app = express();

// multer's disk storage joins the name its filename callback returns to the destination
const storage = multer.diskStorage({
  destination: '/srv/uploads',
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  filename: (req, file, cb) => cb(null, file.originalname),
});
const safeStorage = multer.diskStorage({
  destination: '/srv/uploads',
  filename(req, file, cb) {
    // ok: trace.javascript.path-traversal.tainted-file-path
    cb(null, `${Date.now()}-${path.basename(file.originalname)}`);
  },
});

// where multer and formidable put an upload is the server's choice, its name the client's
app.post('/avatar', multer({ dest: '/srv/tmp' }).single('avatar'), (req, res) => {
  // ok: trace.javascript.path-traversal.tainted-file-path
  const data = fs.readFileSync(req.file.path);
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.renameSync(req.file.path, '/srv/avatars/' + req.file.originalname);
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.renameSync(req.file.path, path.join('/srv/avatars', randomUUID()));
  res.json({ size: data.length });
});

async function koaUpload(ctx) {
  const file = ctx.request.files.document;
  // ok: trace.javascript.path-traversal.tainted-file-path
  const text = fs.readFileSync(file.filepath, 'utf8');
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  await copyFile(file.filepath, `/srv/docs/${file.originalFilename}`);
  ctx.body = { length: text.length };
}

// express-fileupload moves the file to the path it is given
app.post('/doc', fileUpload(), async (req, res) => {
  const doc = req.files.doc;
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  await doc.mv('/srv/docs/' + doc.name);
  // ok: trace.javascript.path-traversal.tainted-file-path
  await doc.mv(path.join('/srv/docs', randomUUID()));
  res.sendStatus(201);
});

// fs functions imported by name, from node:fs and node:fs/promises
app.get('/export', async (req, res) => {
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  const csv = await readFile(`/srv/exports/${req.query.name}`);
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  createReadStream('/srv/exports/' + req.query.name).pipe(res);
  // ok: trace.javascript.path-traversal.tainted-file-path
  createReadStream('/srv/exports/' + path.basename(req.query.name)).pipe(res);
  res.json({ bytes: csv.length });
});

// a helper named for keeping the path inside its root, and a number
const { resolveInside } = require('./util/paths');
app.get('/report', async (req, res) => {
  // ok: trace.javascript.path-traversal.tainted-file-path
  const pdf = await readFile(resolveInside('/srv/reports', req.query.name));
  // ok: trace.javascript.path-traversal.tainted-file-path
  const week = await readFile(`/srv/reports/week-${Number(req.query.week)}.pdf`);
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  const raw = await readFile(path.join('/srv/reports', req.query.name));
  res.json({ sizes: [pdf.length, week.length, raw.length] });
});

// the API base of the server's own configuration, and a number after it
const API_BASE = process.env.API_BASE;
app.get('/room', async (req, res) => {
  // ok: trace.javascript.ssrf.tainted-url
  const room = await fetch(API_BASE + '/rooms/' + parseInt(req.query.id, 10));
  // ruleid: trace.javascript.ssrf.tainted-url
  const other = await fetch(API_BASE + req.query.path);
  res.json({ room: room.status, other: other.status });
});

module.exports = { app, storage, safeStorage, koaUpload };
