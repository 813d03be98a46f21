'use strict';

const { request } = require('undici');
const config = require('../../config');

const CHANNEL_RE = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Tells a DJ's own integration (Discord bot, stream overlay, ...) what is on air.
 */
async function notifyNowPlaying(webhookUrl, payload) {
  const { statusCode, body } = await request(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), headersTimeout: 5000, bodyTimeout: 5000 }); // VULN ssrf
  const text = await body.text();
  return { statusCode, ok: statusCode >= 200 && statusCode < 300, response: text.slice(0, 500) };
}

/**
 * Posts a message into the station's own chat workspace.
 */
async function postToChat(channelId, text) {
  if (!CHANNEL_RE.test(String(channelId))) {
    throw new Error('Invalid chat channel id');
  }
  const url = new URL(encodeURIComponent(channelId), config.integrations.chatWebhookBase);
  const { statusCode, body } = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }); // SAFE ssrf
  await body.dump();
  return statusCode;
}

module.exports = { notifyNowPlaying, postToChat };
