'use strict';

const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');
const config = require('../config');

const hbs = Handlebars.create();
const compiled = new Map();

hbs.registerHelper('formatDate', (value) => {
  if (!value) return '';
  const d = new Date(value);
  return d.toLocaleString('en-GB', { weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
});

hbs.registerHelper('eq', (a, b) => a === b);

hbs.registerHelper('seatLabel', (seat) => {
  if (seat === 0) return 'Cox';
  if (seat === 1) return 'Bow';
  return String(seat);
});

// Crew list rendered as "Bow: A. Smith / 2: B. Jones / Stroke: ..."
hbs.registerHelper('crewLine', (seats) => {
  if (!Array.isArray(seats)) return '';
  const parts = seats.map((s) => `${s.seat === 1 ? 'Bow' : s.seat}: ${hbs.Utils.escapeExpression(s.name)}`);
  return new hbs.SafeString(parts.join(' / ')); // SAFE xss
});

// "3 boats matching <em>quad</em>" line above the fleet table
hbs.registerHelper('searchSummary', (term, count) => {
  if (!term) return `${count} boats in the fleet`;
  const noun = count === 1 ? 'boat' : 'boats';
  return new hbs.SafeString(`${count} ${noun} matching <em>${term}</em>`); // VULN xss
});

function loadTemplate(name) {
  if (!compiled.has(name)) {
    const file = path.join(config.views, `${name}.hbs`);
    compiled.set(name, hbs.compile(fs.readFileSync(file, 'utf8')));
  }
  return compiled.get(name);
}

function renderPage(name, data) {
  const body = loadTemplate(name)(data);
  return loadTemplate('layouts/main')({ ...data, body: new hbs.SafeString(body), clubName: config.clubName });
}

module.exports = { hbs, renderPage, loadTemplate };
