const express = require('express');
const child_process = require('child_process');
const { exec, execFile, spawn } = require('child_process');
const vm = require('vm');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'db' });

app.get('/user', (req, res) => {
  const id = req.query.id;
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query("SELECT * FROM users WHERE id = " + id, (err, rows) => res.json(rows));
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT * FROM users WHERE name = '${req.body.name}'`);
  // ok: trace.javascript.sql-injection.tainted-query
  db.query("SELECT * FROM users WHERE id = ?", [id]);
  // ok: trace.javascript.sql-injection.tainted-query
  db.query("SELECT * FROM users WHERE id = " + parseInt(id, 10));
  // ok: trace.javascript.sql-injection.tainted-query
  db.query("SELECT * FROM users WHERE id = " + db.escape(id));
  // ok: trace.javascript.sql-injection.tainted-query
  const params = new URLSearchParams(req.query.q).get('x');
});

// a value chosen by a regular expression's test: the whole value only when it is anchored
const UNIT_ANCHORED = /^(day|week|month)$/;
const UNIT_LOOSE = /day|week|month/;
app.get('/usage', (req, res) => {
  const unit = UNIT_ANCHORED.test(req.query.unit) ? req.query.unit : 'week';
  // ok: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT date_trunc('${unit}', starts_at) FROM bookings`);
  const loose = UNIT_LOOSE.test(req.query.unit) ? req.query.unit : 'week';
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT date_trunc('${loose}', starts_at) FROM bookings`);
  const inline = /day|week/.test(req.query.unit) ? req.query.unit : 'week';
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT date_trunc('${inline}', starts_at) FROM bookings`);
});

app.get('/search', async (req, res) => {
  const models = require('./models');
  const criteria = req.query.q;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const [rows] = await models.sequelize.query("SELECT * FROM Products WHERE name LIKE '%" + criteria + "%'");
  // ok: trace.javascript.sql-injection.tainted-query
  await models.sequelize.query('SELECT * FROM Products WHERE name LIKE :q', { replacements: { q: `%${criteria}%` } });
  res.json(rows);
});

app.get('/reviews/:id', (req, res) => {
  // ruleid: trace.javascript.nosql-injection.tainted-where
  reviews.find({ $where: 'this.product == ' + req.params.id });
  // ok: trace.javascript.nosql-injection.tainted-where
  reviews.find({ product: String(req.params.id) });
});

app.get('/gates', (req, res) => {
  const query = { admitted: true };
  // ruleid: trace.javascript.nosql-injection.tainted-where
  query.$where = `this.gate == '${req.query.gate}' && this.admitted === true`;
  const fixed = { admitted: true };
  // ok: trace.javascript.nosql-injection.tainted-where
  fixed.$where = 'this.gate == this.assigned_gate';
  return scans.find(query).then((rows) => res.json(rows.concat(fixed)));
});

app.post('/ping', (req, res) => {
  const host = req.body.host;
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec('ping -c 1 ' + host, (err, out) => res.send(out));
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  child_process.execSync(`nslookup ${req.query.domain}`);
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  spawn('sh', ['-c', 'dig ' + host]);
  // ok: trace.javascript.command-injection.tainted-shell-command
  execFile('ping', ['-c', '1', host]);
  // ok: trace.javascript.command-injection.tainted-shell-command
  exec('uptime');
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  spawn('convert', ['in.png', '-resize', req.body.size, 'out.png'], { shell: true });
  // ok: trace.javascript.command-injection.tainted-shell-command
  spawn('convert', ['in.png', '-resize', req.body.size, 'out.png']);
  // the options second: the command is a shell line
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  spawn(`./reconcile.sh ${req.body.month}`, { cwd: '/srv/scripts', shell: true });
  // ok: trace.javascript.command-injection.tainted-shell-command
  spawn('./reconcile.sh', { cwd: req.body.dir });
});

app.post('/calc', (req, res) => {
  // ruleid: trace.javascript.code-injection.tainted-eval
  const result = eval(req.body.expr);
  // ruleid: trace.javascript.code-injection.tainted-eval
  const fn = new Function('x', 'return ' + req.body.formula);
  // ruleid: trace.javascript.code-injection.tainted-eval
  vm.runInNewContext(req.query.code, {});
  // ok: trace.javascript.code-injection.tainted-eval
  const data = JSON.parse(req.body.expr);
  // ok: trace.javascript.code-injection.tainted-eval
  setTimeout(() => res.send(String(result)), 10);
  res.json({ result, data, fn });
});

function cli() {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec('git log ' + process.argv[2]);
}

const TOOLS = new Set(['uptime', 'df']);
app.get('/tool', (req, res) => {
  const tool = req.query.tool;
  if (TOOLS.has(tool)) {
    // ok: trace.javascript.command-injection.tainted-shell-command
    exec(tool);
  } else {
    res.status(400).send('unknown tool');
  }
  if (TOOLS.has(tool)) {
    // todook: trace.javascript.command-injection.tainted-shell-command
    exec(tool);
  } else {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec('echo ' + tool);
  }
  if (TOOLS.has(tool) || req.user.admin) {
    // ruleid: trace.javascript.command-injection.tainted-shell-command
    exec(tool);
  }
});

// destructured with defaults: the defaults are literals, the rest is still the request's
app.get('/patients', async (req, res) => {
  const { name = '', ward = 'A' } = req.query;
  let { limit = 20 } = req.query;
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT id FROM patients WHERE full_name LIKE '%${name}%' AND ward = ?`, [ward]);
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query('SELECT id FROM patients LIMIT ' + limit);
  // ok: trace.javascript.sql-injection.tainted-query
  db.query('SELECT id FROM patients WHERE ward = ? AND name = ?', [ward, name]);
  const { sort = 'name' } = req.query;
  if (!SORTABLE.has(sort)) return res.status(400).end();
  // ok: trace.javascript.sql-injection.tainted-query
  db.query('SELECT id FROM patients ORDER BY ' + sort);
});

// destructured from the body with a fallback for a missing one
app.post('/patients/query', async (req, res) => {
  const { ward = 'A', note } = req.body || {};
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT id FROM patients WHERE ward = '${ward}'`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT id FROM patients WHERE note = '${note}'`);
});

const qb = require('knex')({ client: 'mysql2' });
const { Sequelize } = require('sequelize');
app.post('/slots/summary', async (req, res) => {
  const filters = req.body;
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await qb('slots').select('room_no').count('id as n').groupByRaw(filters.groupBy);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await qb('slots').havingRaw('count(id) > ' + filters.min);
  // ok: trace.javascript.sql-injection.tainted-query
  await qb('slots').havingRaw('count(id) > ?', [filters.min]);
  // ok: trace.javascript.sql-injection.tainted-query
  await qb('slots').orderByRaw('starts_at desc nulls last');
  // ruleid: trace.javascript.sql-injection.tainted-query
  await Slot.findAll({ order: Sequelize.literal(filters.order) });
  // ok: trace.javascript.sql-injection.tainted-query
  await Slot.findAll({ where: { room: filters.room }, order: [['starts_at', 'DESC']] });
  res.json(rows);
});

app.get('/events/search', async (req, res) => {
  const clauses = ['e.published'];
  if (req.query.title) {
    clauses.push(`e.title ILIKE '%${req.query.title}%'`);
  }
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await sequelize.query(`SELECT * FROM events e WHERE ${clauses.join(' AND ')}`);
  const params = [];
  const fixed = ['e.published'];
  params.push(req.query.title);
  // ok: trace.javascript.sql-injection.tainted-query
  const same = await sequelize.query(`SELECT * FROM events e WHERE ${fixed.join(' AND ')} AND e.title = $1`, { bind: params });
  res.json(rows.concat(same));
});

// a regular expression's test guards only when anchored at both ends
const SORT_PREFIX = /^[a-z_]+/;
const SORT_WHOLE = /^[a-z_]+$/;

app.get('/sorted', (req, res) => {
  const sort = req.query.sort;
  if (!SORT_PREFIX.test(sort)) {
    return res.status(400).end();
  }
  // ruleid: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT * FROM seats ORDER BY ${sort}`);
  const order = req.query.order;
  if (!SORT_WHOLE.test(order)) {
    return res.status(400).end();
  }
  // ok: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT * FROM seats ORDER BY ${order}`);
  const row = req.query.row;
  if (/[A-Z]{1,3}/.test(row)) {
    // ruleid: trace.javascript.sql-injection.tainted-query
    db.query(`SELECT * FROM seats WHERE row = '${row}'`);
  }
  const section = req.query.section;
  if (/^[A-Z]{1,3}$/i.test(section)) {
    // ok: trace.javascript.sql-injection.tainted-query
    db.query(`SELECT * FROM seats WHERE section = '${section}'`);
  }
  const gate = req.query.gate;
  if (!/^gate-\d+$/.test(gate)) throw new Error('bad gate');
  // ok: trace.javascript.sql-injection.tainted-query
  db.query(`SELECT * FROM scans WHERE gate = '${gate}'`);
});
