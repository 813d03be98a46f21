'use strict';

const path = require('node:path');
const pug = require('pug');
const { renderPdf } = require('../integrations/pdfRenderer');
const { inspectionRepository } = require('../repositories/inspectionRepository');
const { userRepository } = require('../repositories/userRepository');
const { listPhotos } = require('../services/mediaService');
const { publish, Topics } = require('../queue/kafka');
const { config } = require('../config');
const { logger } = require('../lib/logger');

const renderCover = pug.compileFile(path.join(config.views.root, 'reports', 'cover.pug'));

/**
 * Consumes cinderpath.report.requested. Builds the HTML report from the
 * inspection record, turns it into a PDF and queues the "report ready" email.
 */
async function handleReportRequested({ message }) {
  const job = JSON.parse(message.value.toString('utf8'));
  const log = logger.child({ inspectionId: job.inspectionId, worker: 'report' });

  const inspection = await inspectionRepository.findById(job.inspectionId);
  if (!inspection) {
    log.warn('inspection vanished before report could be generated');
    return;
  }

  const photos = job.includePhotos ? await listPhotos(inspection.id) : [];
  const peers = await inspectionRepository.countyPeerScores(inspection.property.county, inspection.id);
  const html = renderCover({
    title: job.title,
    inspection,
    property: inspection.property,
    carrier: inspection.property.carrier,
    photos: photos.map((name) => `${config.http.publicBaseUrl}/media/${inspection.id}/${encodeURIComponent(name)}`),
    peers,
    generatedAt: new Date(),
  });

  const pdfPath = await renderPdf({ inspectionId: inspection.id, title: job.title, html });
  log.info('report written', { pdfPath });

  const requester = await userRepository.findById(job.requestedBy);
  if (requester) {
    await publish(Topics.notificationQueued, inspection.id, {
      kind: 'report-ready',
      inspectionId: inspection.id,
      recipient: requester.email,
    });
  }
}

module.exports = { handleReportRequested };
