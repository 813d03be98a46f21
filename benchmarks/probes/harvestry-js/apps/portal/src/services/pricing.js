'use strict';

const vm = require('vm');

const PRICING_FORMULAS = Object.freeze({
  standard: 'weightKg * basePrice * gradeFactor',
  premium: 'weightKg * basePrice * gradeFactor * 1.12',
  processing: 'Math.max(weightKg * basePrice * 0.55 - handling, 0)',
});

const GRADE_FACTORS = { A: 1.0, B: 0.85, C: 0.7, PROCESSING: 0.5 };

const variables = (input) => ({
  Math,
  weightKg: Number(input.weightKg) || 0,
  basePrice: Number(input.basePrice) || 0,
  handling: Number(input.handling) || 0,
  gradeFactor: GRADE_FACTORS[input.grade] ?? GRADE_FACTORS.C,
});

function quote(scheme, input) {
  if (!Object.prototype.hasOwnProperty.call(PRICING_FORMULAS, scheme)) {
    throw Object.assign(new Error(`unknown pricing scheme ${scheme}`), { status: 404 });
  }
  const amount = vm.runInNewContext(PRICING_FORMULAS[scheme], variables(input), { timeout: 50 }); // SAFE code
  return { scheme, amount: Math.round(amount * 100) / 100 };
}

/** Lets the sales desk try out a formula before asking dev to add it as a scheme. */
function preview(formula, input) {
  const amount = vm.runInNewContext(String(formula), variables(input), { timeout: 50 }); // VULN code
  return { formula, amount: Math.round(Number(amount) * 100) / 100 };
}

module.exports = { quote, preview };
