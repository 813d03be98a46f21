'use strict';

const PLANS = Object.freeze(['flex', 'dedicated', 'office', 'virtual']);

function isPlan(value) {
  return typeof value === 'string' && PLANS.includes(value);
}

module.exports = { PLANS, isPlan };
