'use strict';

const { Hono } = require('hono');
const { readNoticeAttachment } = require('../lib/attachments');
const { findNotice } = require('../lib/models');
const { renderMessage, renderPage } = require('../lib/render');

const DEFAULT_MESSAGE = 'Ferrylane notice: {{ title }}. Details on the crew portal.';

const notices = new Hono();

async function loadNotice(c) {
  const slug = c.req.param('slug');
  if (!/^[a-z0-9-]{3,60}$/.test(slug)) {
    return null;
  }
  return findNotice(slug);
}

notices.get('/:slug', async (c) => {
  const notice = await loadNotice(c);
  if (!notice) {
    return c.notFound();
  }
  const user = c.get('user');
  return c.html(renderPage('notice', { notice, viewer: user, printable: c.req.query('print') === '1' }));
});

notices.post('/:slug/message-preview', async (c) => {
  const notice = await loadNotice(c);
  if (!notice) {
    return c.notFound();
  }
  const body = await c.req.json().catch(() => ({}));
  const crew = { firstName: String(body.firstName || 'Crew'), rank: String(body.rank || '') };
  const text = renderMessage(notice.messageTemplate || DEFAULT_MESSAGE, {
    title: notice.title,
    summary: notice.summary,
    vessel: String(body.vessel || ''),
    crew,
  });
  return c.json({ text, length: text.length, segments: Math.ceil(text.length / 153) });
});

notices.get('/:slug/attachments', async (c) => {
  const notice = await loadNotice(c);
  const file = c.req.query('file');
  if (!notice || !file) {
    return c.notFound();
  }
  try {
    const { body, type } = await readNoticeAttachment(notice.slug, file);
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'private, max-age=300' });
  } catch (err) {
    if (err && err.code === 'ENOENT') {
      return c.notFound();
    }
    throw err;
  }
});

module.exports = notices;
