const express = require('express');
const multer = require('multer');
const { exec } = require('child_process');
const request = require('superagent');
const db = require('./db');

const app = express();

// Express reads a header by name with req.get() / req.header(); the host and the URL path
// come from the request line and the Host header
app.get('/tenant', async (req, res) => {
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM tenants WHERE slug = '${req.get('X-Tenant')}'`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query("SELECT * FROM tenants WHERE slug = '" + req.header('x-tenant') + "'");
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM sites WHERE host = '${req.hostname}'`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`INSERT INTO hits (path) VALUES ('${req.originalUrl}')`);
  // ok: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM tenants WHERE id = ${parseInt(req.get('X-Tenant-Id'), 10)}`);
  // an HTTP client named `request`: a path, not a header name
  const { body } = await request.get('/api/tenants');
  // ok: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM tenants WHERE slug = '${body.slug}'`);
  res.json({});
});

// multer hands its callbacks the client's file name
const upload = multer({
  dest: '/srv/uploads',
  fileFilter: (req, file, cb) => {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec(`clamscan --stdin-name ${file.originalname}`);
    cb(null, true);
  },
});

function describe(file) {
  // ok: trace.javascript.command-injection.tainted-shell-command
  exec(`file /srv/archive/${file.originalname}`);
}

// Koa: the raw query string and the full URL
async function koaSearch(ctx) {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec('grep -r ' + ctx.querystring + ' /var/log/app');
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`INSERT INTO visits (url) VALUES ('${ctx.href}')`);
  // ok: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM devices WHERE id = ${Number(ctx.query.device)}`);
}

module.exports = { app, upload, describe, koaSearch };
