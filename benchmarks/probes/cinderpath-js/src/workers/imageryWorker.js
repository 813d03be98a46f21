'use strict';

const { downloadAerial } = require('../integrations/imageryClient');
const { logger } = require('../lib/logger');

const MAX_ATTEMPTS = 3;

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Consumes cinderpath.imagery.requested and mirrors the aerial into the inspector packet. */
async function handleImageryRequested({ message }) {
  const job = JSON.parse(message.value.toString('utf8'));
  const log = logger.child({ propertyId: job.propertyId, worker: 'imagery' });

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    try {
      const stored = await downloadAerial({
        propertyId: job.propertyId,
        sourceUrl: job.sourceUrl,
        capturedAt: job.capturedAt,
      });
      log.info('aerial stored', { stored, attempt });
      return;
    } catch (err) {
      if (err && err.name === 'UrlRejectedError') {
        log.warn('imagery source rejected', { error: err.message });
        return;
      }
      log.warn('imagery download attempt failed', { attempt, error: err && err.message });
      if (attempt < MAX_ATTEMPTS) await sleep(2000 * attempt);
    }
  }
  log.error('imagery download gave up', { sourceHost: safeHost(job.sourceUrl) });
}

function safeHost(raw) {
  try {
    return new URL(raw).hostname;
  } catch {
    return null;
  }
}

module.exports = { handleImageryRequested };
