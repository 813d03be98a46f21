'use strict';

const { shuffle } = require('../security/tokens');

const SIMPLE_CLAUSE = /^(bpm|year|durationSeconds|playCount)\s*(<=|>=|<|>|==|!=)\s*(\d{1,6})$/;

/**
 * Rotation rules decide which library tracks the auto-DJ may play during a
 * show's off-air hours. Simple rules look like "bpm >= 90 && year < 2000".
 */
function compileSimpleRule(rule) {
  const clauses = String(rule).split('&&').map((c) => c.trim());
  const parts = [];
  for (const clause of clauses) {
    const match = SIMPLE_CLAUSE.exec(clause);
    if (!match) {
      return null;
    }
    const [, field, operator, number] = match;
    parts.push(`(Number(track.${field}) ${operator} ${Number.parseInt(number, 10)})`);
  }
  if (parts.length === 0) {
    return null;
  }
  return new Function('track', `return ${parts.join(' && ')};`); // SAFE code
}

/**
 * Advanced rules allow any JavaScript expression over `track`, e.g.
 * "track.genre === 'dub' || track.artist.startsWith('King')".
 */
function compileAdvancedRule(rule) {
  return new Function('track', `"use strict"; return (${rule});`); // VULN code
}

function compileRule(rule) {
  if (!rule || !String(rule).trim()) {
    return () => true;
  }
  return compileSimpleRule(rule) || compileAdvancedRule(rule);
}

function pickRotation(tracks, rule, count = 12) {
  const predicate = compileRule(rule);
  const eligible = tracks.filter((track) => {
    try {
      return Boolean(predicate(track));
    } catch (err) {
      return false;
    }
  });
  return shuffle(eligible).slice(0, count);
}

module.exports = { compileRule, compileSimpleRule, pickRotation };
