'use strict';

const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');
const pug = require('pug');

const TEMPLATE_DIR = path.join(__dirname, '..', 'templates');

const CERTIFICATE_TEMPLATES = new Map(
  ['grading', 'origin'].map((kind) => [kind, fs.readFileSync(path.join(TEMPLATE_DIR, `${kind}.hbs`), 'utf8')]),
);

Handlebars.registerHelper('kg', (value) => `${Number(value).toLocaleString('en-US')} kg`);
Handlebars.registerHelper('date', (value) => new Date(value).toISOString().slice(0, 10));

function renderCertificate(kind, data) {
  const source = CERTIFICATE_TEMPLATES.get(kind);
  if (!source) {
    return null;
  }
  return Handlebars.compile(source)(data); // SAFE ssti
}

/** Buyers can design their own delivery-note layout in Pug. */
function renderCustomLayout(layoutSource, data) {
  return pug.render(layoutSource, { ...data, compileDebug: false }); // VULN ssti
}

module.exports = { renderCertificate, renderCustomLayout, certificateKinds: [...CERTIFICATE_TEMPLATES.keys()] };
