const { documentService } = require('../../../../src/services/media.service');

module.exports = {
  friendlyName: 'View document',

  description: 'Open a club library document inline in the browser.',

  inputs: {
    category: { type: 'string', required: true },
    file: { type: 'string', required: true, maxLength: 200 },
  },

  exits: {
    notFound: { responseType: 'notFound' },
    badRequest: { responseType: 'badRequest' },
  },

  fn: async function (inputs, exits) {
    let full;
    try {
      full = documentService.resolveForSend(inputs.category, inputs.file);
    } catch (err) {
      if (err.status === 404) return exits.notFound();
      return exits.badRequest(err.message);
    }
    this.res.set('Content-Disposition', 'inline');
    return this.res.sendFile(full); // SAFE path
  },
};
