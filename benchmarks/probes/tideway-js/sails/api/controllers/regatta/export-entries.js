const { regattaService } = require('../../../../src/services/regatta.service');

module.exports = {
  friendlyName: 'Export entries',

  description: 'Queue a zip export of all crews entered for a regatta.',

  inputs: {
    regattaCode: { type: 'string', required: true, regex: /^[A-Z0-9]{3,12}$/ },
    label: {
      type: 'string',
      defaultsTo: '',
      maxLength: 60,
      description: 'Optional file label, e.g. "henley-final"',
    },
  },

  exits: {
    success: { statusCode: 202 },
    forbidden: { responseType: 'forbidden' },
  },

  fn: async function ({ regattaCode, label }) {
    const organiser = this.req.organiser;
    if (!organiser || !organiser.scopes.includes('entries:export')) {
      throw 'forbidden';
    }
    const { jobId } = await regattaService.requestExport(regattaCode, label.trim(), organiser.id);
    return { jobId, status: 'queued' };
  },
};
