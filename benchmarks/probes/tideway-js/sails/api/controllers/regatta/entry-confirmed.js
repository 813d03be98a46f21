const { entryRepository } = require('../../../../src/repositories/entry.repository');

module.exports = {
  friendlyName: 'Entry confirmed',

  description: 'Landing page after a captain confirms a crew; hands them back to the organiser site.',

  inputs: {
    entryId: { type: 'string', required: true },
  },

  exits: {
    success: { responseType: 'view', viewTemplatePath: 'pages/entry-confirmed' },
    redirect: { responseType: 'redirect' },
    notFound: { responseType: 'notFound' },
  },

  fn: async function ({ entryId }, exits) {
    const entry = await entryRepository.findById(entryId);
    if (!entry) return exits.notFound();
    if (entry.returnUrl) {
      return exits.redirect(entry.returnUrl); // VULN redirect
    }
    return exits.success({ crewName: entry.crewName, regattaCode: entry.regattaCode });
  },
};
