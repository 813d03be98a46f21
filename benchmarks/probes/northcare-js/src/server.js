'use strict';

const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');
const path = require('path');

const store = require('./lib/store');

const Patient = mongoose.model('Patient', new mongoose.Schema({
  portalUsername: String,
  resetCode: String,
  prefs: mongoose.Schema.Types.Mixed,
}));

const PORTAL_ORIGIN = 'https://portal.northcare.example';
const sessionDefaults = { theme: 'light', reminders: { sms: true, email: true } };

const app = express();
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use(cors({ origin: true, credentials: true })); // VULN cors

const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

app.get('/api/patients', wrap(async (req, res) => {
  const { name = '', ward = 'A' } = req.query;
  res.json(await store.findPatientsByName(name, ward));
}));

app.get('/api/patients/:id', wrap(async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  res.json(await store.findPatientById(id));
}));

app.get('/api/rooms/:room/slots', wrap(async (req, res) => {
  res.json(await store.slotsForRoom(req.params.room, req.query.sort));
}));

app.post('/api/slots/summary', wrap(async (req, res) => {
  res.json(await store.slotsSummary(req.body));
}));

app.get('/scans/raw', (req, res) => {
  const file = path.join(store.SCAN_ROOT, req.query.name || '');
  res.sendFile(file); // VULN path-traversal
});

app.get('/scans/view', (req, res, next) => {
  let file;
  try {
    file = store.scanPath(String(req.query.name || ''));
  } catch (e) {
    return next(e);
  }
  res.sendFile(file); // SAFE path-traversal
});

app.post('/scans/convert', wrap(async (req, res) => {
  const { file, format } = req.body;
  await store.convertScan(file, format);
  res.status(202).json({ queued: true });
}));

app.get('/auth/return', (req, res) => {
  const dest = req.query.returnTo || '/dashboard';
  res.redirect(302, dest); // VULN open-redirect
});

app.get('/auth/continue', (req, res) => {
  const candidate = new URL(String(req.query.next || '/dashboard'), PORTAL_ORIGIN);
  if (candidate.origin !== PORTAL_ORIGIN || candidate.pathname.startsWith('//')) return res.redirect('/dashboard');
  res.redirect(candidate.pathname + candidate.search); // SAFE open-redirect
});

app.get('/greeting', (req, res) => {
  const who = store.escapeHtml(req.query.name || 'guest');
  res.type('html').send(`<div class="greeting">Welcome back, ${who}</div>`); // SAFE xss
});

app.post('/feeds/preview', wrap(async (req, res) => {
  const feedUrl = req.body.feed;
  const upstream = await fetch(feedUrl, { headers: { accept: 'application/rss+xml' } }); // VULN ssrf
  res.json({ status: upstream.status, length: (await upstream.text()).length });
}));

app.post('/portal/reset', wrap(async (req, res) => {
  const { username, code } = req.body;
  const patient = await Patient.findOne({ portalUsername: username, resetCode: code }); // VULN nosql
  if (!patient) return res.sendStatus(403);
  res.json({ ok: true });
}));

app.post('/portal/reset/confirm', wrap(async (req, res) => {
  const username = String(req.body.username);
  const code = String(req.body.code);
  const patient = await Patient.findOne({ portalUsername: username, resetCode: code }); // SAFE nosql
  if (!patient) return res.sendStatus(403);
  res.json({ ok: true });
}));

app.put('/portal/preferences', wrap(async (req, res) => {
  const prefs = store.applyPreferences({}, sessionDefaults);
  store.applyPreferences(prefs, req.body);
  res.json(prefs);
}));

app.post('/kiosk/session', (req, res) => {
  const claims = { kiosk: req.body.kioskId, site: req.body.site };
  const token = jwt.sign(claims, 'n0rthc4re-k1osk-2019!', { expiresIn: '8h' }); // VULN hardcoded-secret
  res.cookie('kiosk', token, { httpOnly: true, secure: true }).json({ token: store.issueKioskToken() });
});

app.use((err, req, res, next) => {
  res.status(err.statusCode || 500).json({ error: 'request failed' });
});

module.exports = app;
