'use strict';

const staffDirectory = require('../lib/directory/staffDirectory');

module.exports = {
  name: 'staff',

  settings: {
    minQueryLength: 2,
  },

  actions: {
    search: {
      params: { q: { type: 'string', min: 2, max: 64, trim: true } },
      cache: { keys: ['q'], ttl: 60 },
      async handler(ctx) {
        return staffDirectory.searchStaff(ctx.params.q);
      },
    },

    byEmail: {
      params: { email: { type: 'email' } },
      async handler(ctx) {
        return staffDirectory.findStaffByEmail(ctx.params.email);
      },
    },
  },
};
