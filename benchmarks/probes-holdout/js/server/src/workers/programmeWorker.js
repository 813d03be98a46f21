'use strict';

const fs = require('fs');
const path = require('path');
const ejs = require('ejs');
const { Worker } = require('bullmq');
const config = require('../config');
const { connection } = require('../queue/queues');
const { Concert } = require('../models');
const { renderProgrammePdf } = require('../util/media');
const mail = require('../services/mailService');

async function renderProgramme(job) {
  const { concertId, paperSize, orientation, includeNotes, copies, requestedBy } = job.data;
  const concert = await Concert.findById(concertId).lean().exec();
  if (!concert) return { skipped: 'concert deleted' };

  const html = await ejs.renderFile(path.join(config.paths.views, 'concerts', 'programme-print.ejs'), { concert, includeNotes }, { async: true });
  await fs.promises.mkdir(config.paths.programmes, { recursive: true });
  const base = path.join(config.paths.programmes, `${concertId}-${Date.now()}`);
  await fs.promises.writeFile(`${base}.html`, html);
  renderProgrammePdf(`${base}.html`, `${base}.pdf`, { paperSize, orientation });
  await fs.promises.unlink(`${base}.html`);

  await mail.deliver(requestedBy, `Programme ready: ${concert.title}`, `<p>${copies} copies requested. Download it from the librarian area.</p>`);
  return { pdf: path.basename(`${base}.pdf`) };
}

function startProgrammeWorker() {
  return new Worker('programmes', renderProgramme, { connection, concurrency: 1 });
}

module.exports = { startProgrammeWorker };
