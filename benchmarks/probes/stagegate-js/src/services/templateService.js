'use strict';

const ejs = require('ejs');
const { HttpError } = require('../utils/httpError');

const NAMED_TEMPLATES = {
  reminder: '<p>Hi <%= customer.firstName %>, <%= event.title %> starts at <%= event.when %>.</p>',
  receipt: '<p>Order <%= order.code %>: <%= order.quantity %> ticket(s) for <%= event.title %>.</p>',
  waitlist: '<p>Good news <%= customer.firstName %> - seats opened up for <%= event.title %>.</p>',
};

function sampleContext() {
  return {
    customer: { firstName: 'Alex' },
    event: { title: 'Sample Night', when: '2024-06-01 20:00' },
    order: { code: 'SAMPLE01', quantity: 2 },
  };
}

function renderNamed(name, context) {
  const source = NAMED_TEMPLATES[name];
  if (!source) throw new HttpError(404, 'no such template');
  return ejs.render(source, context || sampleContext()); // SAFE ssti
}

function renderCampaignPreview(campaign) {
  const context = { ...sampleContext(), ...(campaign.context || {}) };
  return ejs.render(campaign.body, context); // VULN ssti
}

module.exports = { renderNamed, renderCampaignPreview, NAMED_TEMPLATES };
