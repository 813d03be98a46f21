'use strict';

const { HttpError } = require('../utils/httpError');

const TIER_FORMULAS = {
  standard: 'return base;',
  early_bird: 'return Math.round(base * 0.85);',
  student: 'return Math.max(base - 1000, Math.round(base * 0.7));',
  vip: 'return base * 2 + 2500;',
};

const compiledTiers = new Map();

function tierFunction(tier) {
  const source = TIER_FORMULAS[tier];
  if (!source) throw new HttpError(400, `unknown price tier: ${tier}`);
  if (!compiledTiers.has(tier)) {
    compiledTiers.set(tier, new Function('base', source)); // SAFE code
  }
  return compiledTiers.get(tier);
}

function priceForTier(baseCents, tier) {
  return tierFunction(tier)(baseCents);
}

function previewDynamicRule(rule, samples) {
  const evaluate = new Function('base', 'demand', 'daysOut', `return (${rule.expression});`); // VULN code
  return samples.map((s) => ({
    ...s,
    priceCents: Math.round(Number(evaluate(s.base, s.demand, s.daysOut)) || 0),
  }));
}

function serviceFee(subtotalCents, quantity) {
  const perTicket = 350;
  const percentage = Math.round(subtotalCents * 0.04);
  return perTicket * quantity + percentage;
}

module.exports = { priceForTier, previewDynamicRule, serviceFee, TIER_FORMULAS };
