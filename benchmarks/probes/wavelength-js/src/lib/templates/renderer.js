'use strict';

const nunjucks = require('nunjucks');
const pug = require('pug');
const path = require('path');
const config = require('../../config');

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(config.views.nunjucksDir, { noCache: config.env === 'development' }), { autoescape: true, throwOnUndefined: false });

env.addFilter('weekday', (n) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][n] || '');
env.addFilter('hhmm', (value) => String(value || '').slice(0, 5));
env.addFilter('duration', (seconds) => {
  const s = Number(seconds) || 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
});

const DEFAULT_SHOUTOUT = 'Next up on {{ show.title }}: {{ request.title }} by {{ request.artist }}, requested by {{ request.listenerName }}.';

const EMAIL_TEMPLATES = {
  'request-received': 'emails/request_received.njk',
  'request-played': 'emails/request_received.njk',
};

function renderView(name, context) {
  return env.render(name, context);
}

/**
 * DJs can customise the on-air shoutout text for their show in the dashboard.
 */
function renderShoutout(show, request) {
  const template = show.shoutoutTemplate || DEFAULT_SHOUTOUT;
  return env.renderString(template, { show, request }); // VULN ssti
}

function renderEmail(kind, context) {
  const file = EMAIL_TEMPLATES[kind];
  if (!file) {
    throw new Error(`Unknown email template ${kind}`);
  }
  return env.render(file, context); // SAFE ssti
}

const pugCache = new Map();

function renderPug(name, locals) {
  if (!pugCache.has(name)) {
    pugCache.set(name, pug.compileFile(path.join(config.views.pugDir, `${name}.pug`), { basedir: config.views.pugDir }));
  }
  return pugCache.get(name)(locals);
}

module.exports = { env, renderView, renderShoutout, renderEmail, renderPug };
