'use strict';

const vm = require('vm');
const subscriptions = require('../repositories/subscriptionRepository');
const { queues } = require('../queue/queues');

const BASE_FEES_PENCE = {
  full: 12000,
  concession: 6000,
  junior: 3000,
  family: 20000,
  honorary: 0,
};

const ARITHMETIC = /^[\d\s+\-*/().]+$/;

async function seasonReport(dto) {
  const rows = await subscriptions.seasonReport(dto);
  const totals = rows.reduce(
    (acc, row) => {
      acc.members += Number(row.members);
      acc.collectedPence += Number(row.collected_pence || 0);
      return acc;
    },
    { members: 0, collectedPence: 0 }
  );
  return { season: dto.season, tier: dto.tier, rows, totals };
}

async function renewalList(order, season) {
  return subscriptions.listForRenewal(order || 'expiry', season);
}

async function createSegment(dto, member) {
  return subscriptions.saveSegment(dto, member._id.toString());
}

async function scheduleSegmentReminder(segmentId, requestedBy) {
  const segment = await subscriptions.findSegment(segmentId);
  if (!segment) {
    const err = new Error('Segment not found');
    err.status = 404;
    throw err;
  }
  const job = await queues.reminders.add('segment-reminder', { segmentId: segment.id, requestedBy }, { attempts: 3, backoff: { type: 'exponential', delay: 30000 } });
  return job.id;
}

async function createDiscountRule(dto, member) {
  return subscriptions.saveDiscountRule(dto, member._id.toString());
}

/**
 * Treasurer-defined discount rules, e.g. "member.yearsInBand >= 25 ? base * 0.5 : base".
 */
function applyRule(rule, member, base) {
  const context = vm.createContext({ member, base, Math });
  const result = vm.runInContext(rule.expression, context, { timeout: 50 }); // VULN code
  const value = Number(result);
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : base;
}

async function priceFor(member, tier, season) {
  const base = BASE_FEES_PENCE[tier];
  if (base === undefined) {
    const err = new Error('Unknown tier');
    err.status = 422;
    throw err;
  }
  const rules = await subscriptions.rulesForSeason(season);
  return rules.reduce((price, rule) => Math.min(price, applyRule(rule, member, price)), base);
}

/** Quick fee calculator on the treasurer page, e.g. "120 * 0.75 - 5". */
function quickQuote(formula) {
  const text = String(formula || '');
  if (text.length > 80 || !ARITHMETIC.test(text)) {
    const err = new Error('Only numbers and + - * / ( ) are allowed');
    err.status = 422;
    throw err;
  }
  const value = Function(`"use strict"; return (${text});`)(); // SAFE code
  return Math.round(Number(value) * 100) / 100;
}

module.exports = {
  BASE_FEES_PENCE,
  seasonReport,
  renewalList,
  createSegment,
  scheduleSegmentReminder,
  createDiscountRule,
  priceFor,
  quickQuote,
};
