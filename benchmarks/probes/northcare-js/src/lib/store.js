'use strict';

const path = require('path');
const crypto = require('crypto');
const https = require('https');
const { execFile, exec } = require('child_process');
const mysql = require('mysql2/promise');
const knex = require('knex');
const axios = require('axios');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'clinic',
});

const qb = knex({ client: 'mysql2', connection: process.env.DATABASE_URL });

const SCAN_ROOT = path.resolve('/srv/clinic/scans');
const SORTABLE = new Map([['start', 'starts_at'], ['room', 'room_no'], ['clinician', 'clinician_name']]);
const PHARMACY_HOSTS = new Set(['rx.partnerpharmacy.example', 'api.medsupply.example']);

async function findPatientsByName(name, ward) {
  const sql = `SELECT id, full_name, dob FROM patients WHERE full_name LIKE '%${name}%' AND ward = ?`;
  const [rows] = await pool.query(sql, [ward]); // VULN sqli
  return rows;
}

async function findPatientById(id) {
  const [rows] = await pool.execute('SELECT id, full_name, dob FROM patients WHERE id = ?', [id]); // SAFE sqli
  return rows[0];
}

function slotsForRoom(room, sort) {
  const column = SORTABLE.get(sort) || 'starts_at';
  return qb('slots').where({ room_no: room }).orderBy(column, 'asc'); // SAFE sqli
}

function slotsSummary(filters) {
  return qb('slots').select('room_no').count('id as n').groupByRaw(filters.groupBy).havingRaw('count(id) > ' + filters.min); // VULN sqli
}

function scanPath(fileName) {
  const target = path.resolve(SCAN_ROOT, fileName);
  if (!target.startsWith(SCAN_ROOT + path.sep)) {
    const err = new Error('outside scan root');
    err.statusCode = 400;
    throw err;
  }
  return target;
}

function convertScan(scanFile, format) {
  return new Promise((resolve, reject) => {
    exec(`convert /srv/clinic/scans/${scanFile} /srv/clinic/previews/${scanFile}.${format}`, (err, out) => (err ? reject(err) : resolve(out))); // VULN cmdi
  });
}

function checksumScan(scanFile) {
  const resolvedFile = scanPath(scanFile);
  return new Promise((resolve, reject) => {
    execFile('sha256sum', ['--', resolvedFile], (err, out) => (err ? reject(err) : resolve(out.split(' ')[0]))); // SAFE cmdi
  });
}

async function pharmacyLookup(rawUrl) {
  const url = new URL(rawUrl);
  if (url.protocol !== 'https:' || !PHARMACY_HOSTS.has(url.hostname)) {
    throw new Error('pharmacy host not allowed');
  }
  const { data } = await axios.get(url.toString(), { maxRedirects: 0, timeout: 5000 }); // SAFE ssrf
  return data;
}

const insurerAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // VULN tls

function submitEligibility(payload) {
  return axios.post('https://eligibility.insurer.example/v2/check', payload, { httpsAgent: insurerAgent });
}

function issueCheckinCode() {
  return crypto.randomBytes(16).toString('hex'); // SAFE weak-random
}

function issueKioskToken() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36); // VULN weak-random
}

function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function applyPreferences(target, source) {
  for (const key of Object.keys(source)) {
    const val = source[key];
    if (val && typeof val === 'object' && !Array.isArray(val)) {
      if (!target[key]) target[key] = {};
      applyPreferences(target[key], val);
    } else {
      target[key] = val; // VULN prototype-pollution
    }
  }
  return target;
}

module.exports = {
  findPatientsByName,
  findPatientById,
  slotsForRoom,
  slotsSummary,
  scanPath,
  convertScan,
  checksumScan,
  pharmacyLookup,
  submitEligibility,
  issueCheckinCode,
  issueKioskToken,
  escapeHtml,
  applyPreferences,
  SCAN_ROOT,
};
