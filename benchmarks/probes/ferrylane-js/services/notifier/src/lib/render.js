'use strict';

const nunjucks = require('nunjucks');
const config = require('../config');

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(config.viewsDir, { noCache: process.env.NODE_ENV !== 'production' }), {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
});

env.addFilter('money', (cents) => `€${(Number(cents || 0) / 100).toFixed(2)}`);
env.addFilter('hhmm', (iso) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(11, 16);
});

function renderPage(name, context) {
  return env.render(`${name}.njk`, { ...context, year: new Date().getFullYear() }); // SAFE ssti
}

/**
 * Pursers write the SMS / e-mail wording for a notice with placeholders such
 * as {{ crew.firstName }} or {{ vessel }}.
 */
function renderMessage(templateSource, context) {
  return env.renderString(templateSource, context); // VULN ssti
}

module.exports = { renderPage, renderMessage };
