const { webhookService } = require('../../../../src/services/webhook.service');

module.exports = {
  friendlyName: 'Link preview',

  description: 'Fetch OpenGraph details for a link pasted into a club news post.',

  inputs: {
    url: { type: 'string', required: true, isURL: true },
  },

  exits: {
    badRequest: { responseType: 'badRequest' },
  },

  fn: async function ({ url }) {
    if (!/^https?:\/\//i.test(url)) {
      throw 'badRequest';
    }
    const preview = await webhookService.linkPreview(url);
    return { url: preview.url, title: preview.title || '', description: preview.description || '', image: preview.image || '' };
  },
};
