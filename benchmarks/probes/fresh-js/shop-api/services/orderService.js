'use strict';

const https = require('https');
const path = require('path');
const { exec, execFile } = require('child_process');
const axios = require('axios');
const knex = require('knex');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 10,
});

const db = knex({
  client: 'mysql2',
  connection: {
    host: process.env.DB_HOST,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: 'shop',
  },
  pool: { min: 0, max: 5 },
});

const LABEL_OUTPUT_DIR = '/var/lib/shop/labels';
const ARCHIVE_DIR = '/var/lib/shop/archive';
const EXPORT_DIR = '/var/lib/shop/exports';

const SORTABLE_COLUMNS = new Map([
  ['created', 'o.created_at'],
  ['total', 'o.total_cents'],
  ['customer', 'c.last_name'],
]);

const CARRIER_RATE_URLS = new Map([
  ['dhl', 'https://api.dhl.example.com/v2/rates'],
  ['ups', 'https://onlinetools.ups.example.com/rating/v1/shop'],
  ['postnl', 'https://api.postnl.example.nl/shipment/v2/rates'],
]);

// The legacy ERP box still presents a self-signed certificate.
const erpAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true }); // VULN insecure-tls

async function findCustomerByEmail(email) {
  const [rows] = await pool.execute('SELECT id, email, password_hash, display_name FROM customers WHERE email = ? LIMIT 1', [email]); // SAFE sqli
  return rows[0] || null;
}

async function saveResetToken(customerId, code) {
  await pool.execute('UPDATE customers SET reset_code = ?, reset_expires_at = DATE_ADD(NOW(), INTERVAL 30 MINUTE) WHERE id = ?', [code, customerId]); // SAFE sqli
}

async function listOrders({ status, sort, direction }) {
  const column = SORTABLE_COLUMNS.get(sort) || SORTABLE_COLUMNS.get('created');
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const [rows] = await pool.query(`SELECT o.id, o.reference, o.status, o.total_cents, c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = ? ORDER BY ${column} ${dir} LIMIT 100`, [status]); // SAFE sqli
  return rows;
}

async function searchOrders(term) {
  const result = await db.raw(`SELECT id, reference, status, total_cents FROM orders WHERE customer_name LIKE '%${term}%' OR reference LIKE '%${term}%' ORDER BY created_at DESC LIMIT 50`); // VULN sqli
  return result[0];
}

async function findByReference(reference) {
  const result = await db.raw('SELECT id, reference, status, total_cents FROM orders WHERE reference = ?', [reference]); // SAFE sqli
  return result[0][0] || null;
}

async function ordersForCustomer(email) {
  const sql = "SELECT id, reference, status, total_cents, created_at FROM orders WHERE customer_email = '" + email + "' ORDER BY created_at DESC";
  const [rows] = await pool.query(sql); // VULN sqli
  return rows;
}

function renderShippingLabel(orderId, carrier, format) {
  const outFile = path.join(LABEL_OUTPUT_DIR, `${orderId}.${format}`);
  return new Promise((resolve, reject) => {
    exec(`label-gen --carrier ${carrier} --order ${orderId} --out ${outFile}`, { timeout: 15000 }, (err, stdout) => { // VULN cmdi
      if (err) {
        reject(err);
        return;
      }
      resolve({ file: path.basename(outFile), log: stdout.trim() });
    });
  });
}

function archiveOrder(orderId) {
  const id = Number.parseInt(orderId, 10);
  if (!Number.isInteger(id) || id <= 0) {
    return Promise.reject(new Error('invalid order id'));
  }
  return new Promise((resolve, reject) => {
    execFile('tar', ['-czf', path.join(ARCHIVE_DIR, `order-${id}.tar.gz`), '-C', EXPORT_DIR, `order-${id}`], (err) => { // SAFE cmdi
      if (err) {
        reject(err);
        return;
      }
      resolve(id);
    });
  });
}

async function importFeed(feedUrl) {
  const response = await axios.get(feedUrl, { timeout: 10000, responseType: 'json' }); // VULN ssrf
  return Array.isArray(response.data.orders) ? response.data.orders : [];
}

async function fetchCarrierRates(carrier, parcel) {
  const endpoint = CARRIER_RATE_URLS.get(carrier);
  if (!endpoint) {
    throw new Error('unsupported carrier');
  }
  const response = await axios.post(endpoint, parcel, { timeout: 8000 }); // SAFE ssrf
  return response.data;
}

async function pushToErp(order) {
  const response = await axios.post(`${process.env.ERP_BASE_URL}/api/orders`, order, { httpsAgent: erpAgent });
  return response.status;
}

function mergeDeep(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') {
        target[key] = {};
      }
      mergeDeep(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

module.exports = {
  findCustomerByEmail,
  saveResetToken,
  listOrders,
  searchOrders,
  findByReference,
  ordersForCustomer,
  renderShippingLabel,
  archiveOrder,
  importFeed,
  fetchCarrierRates,
  pushToErp,
  mergeDeep,
};
