const { reportService } = require('../../../../src/services/report.service');

module.exports = {
  friendlyName: 'Member outings',

  description: 'Count water sessions for the selected members (selection committee).',

  inputs: {
    memberIds: { type: ['string'], required: true },
    season: { type: 'string', defaultsTo: '' },
  },

  exits: {
    success: { outputType: 'ref' },
  },

  fn: async function ({ memberIds, season }) {
    const rows = await reportService.memberOutings(memberIds.slice(0, 60), season || undefined);
    return rows.map((r) => ({ memberId: r.member_id, outings: r.outings }));
  },
};
