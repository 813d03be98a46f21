'use strict';

const vm = require('vm');

const LATE_FEE_RULES = {
  flex: 'Math.min(Math.round(amount * 0.02 * daysLate), 5000)',
  dedicated: 'daysLate > 7 ? 2500 : 0',
  office: 'daysLate > 14 ? Math.round(amount * 0.05) : 0',
  virtual: '0',
};

function lateFeeCents(plan, amount, daysLate) {
  if (!Object.hasOwn(LATE_FEE_RULES, plan) || daysLate <= 0) return 0;
  const fee = vm.runInNewContext(LATE_FEE_RULES[plan], { amount, daysLate, Math }, { timeout: 50 }); // SAFE code
  return Number.isFinite(fee) ? fee : 0;
}

module.exports = { lateFeeCents, LATE_FEE_RULES };
