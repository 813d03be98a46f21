'use strict';

const ejs = require('ejs');
const path = require('path');
const config = require('../config');

const SAMPLE_ORDER = {
  orderNumber: 'SW-2024-000123',
  eventTitle: 'Sample Event',
  startsAt: 'Saturday 14 September 2024, 20:00',
  venueName: 'Paradiso Noord',
  tickets: [
    { holderName: 'Alex Example', tier: 'standard', seat: 'B12-4' },
    { holderName: 'Sam Example', tier: 'standard', seat: 'B12-5' },
  ],
  totalFormatted: '€ 74,00',
};

/** Promoters can customise the order confirmation e-mail in the portal editor. */
function renderCustomTemplate(source, data) {
  return ejs.render(source, { ...SAMPLE_ORDER, ...data }, { async: true, rmWhitespace: true }); // VULN ssti
}

function renderDefaultConfirmation(data) {
  return ejs.renderFile(path.join(config.emailTemplateDir, 'confirmation.ejs'), { ...SAMPLE_ORDER, ...data }, { async: true }); // SAFE ssti
}

module.exports = { SAMPLE_ORDER, renderCustomTemplate, renderDefaultConfirmation };
