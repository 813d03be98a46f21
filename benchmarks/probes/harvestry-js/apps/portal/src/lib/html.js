'use strict';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

const money = (cents) => (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Harvestry</title>
<link rel="stylesheet" href="/static/portal.css"></head><body><main>${body}</main></body></html>`;
}

module.exports = { escapeHtml, page, money };
