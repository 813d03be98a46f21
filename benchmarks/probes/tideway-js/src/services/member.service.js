'use strict';

const { memberRepository } = require('../repositories/member.repository');
const { deepMerge, mergeSettings } = require('../lib/guards');

const DEFAULT_PREFS = {
  calendar: { view: 'week', firstDay: 1 },
  notifications: { email: true, sms: false, reminderMinutes: 60 },
};

// Annual subscription (GBP) by membership type; juniors and students discounted
const SUBSCRIPTIONS = {
  senior: 540,
  masters: 540,
  junior: 210,
  coach: 0,
  social: 60,
};
const BOAT_LEVY = { senior: 80, masters: 80, junior: 40, coach: 0, social: 0 };
const SEASON_START_MONTH = 9; // subscriptions run October to September

function renewalQuote(membershipType, { student = false, privateBoat = false, asOf = new Date() } = {}) {
  const base = SUBSCRIPTIONS[membershipType];
  if (base === undefined) {
    const err = new Error(`Unknown membership type ${membershipType}`);
    err.status = 400;
    throw err;
  }
  const monthsIntoSeason = (asOf.getMonth() - SEASON_START_MONTH + 12) % 12;
  const proRata = monthsIntoSeason >= 6 ? (12 - monthsIntoSeason) / 12 : 1;
  let total = base * proRata;
  if (student && membershipType === 'senior') total *= 0.6;
  if (privateBoat) total += 150;
  total += BOAT_LEVY[membershipType];
  return { membershipType, proRata: Math.round(proRata * 100) / 100, totalPence: Math.round(total * 100) };
}

function setByPath(target, dottedKey, value) {
  const parts = String(dottedKey).split('.');
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    if (node[parts[i]] === undefined) node[parts[i]] = {};
    node = node[parts[i]];
  }
  node[parts[parts.length - 1]] = value; // VULN proto
  return target;
}

class MemberService {
  async profile(id) {
    const profile = await memberRepository.findPublicProfile(id);
    if (!profile) {
      const err = new Error('Member not found');
      err.status = 404;
      throw err;
    }
    return profile;
  }

  async updatePreferences(memberId, patch) {
    const member = await memberRepository.findById(memberId);
    const current = deepMerge(deepMerge({}, DEFAULT_PREFS), member.preferences || {});
    const merged = deepMerge(current, patch);
    return memberRepository.savePreferences(memberId, merged);
  }

  async setPreference(memberId, key, value) {
    const member = await memberRepository.findById(memberId);
    const prefs = JSON.parse(JSON.stringify(member.preferences || DEFAULT_PREFS));
    setByPath(prefs, key, value);
    return memberRepository.savePreferences(memberId, prefs);
  }

  async importPreferences(memberId, imported) {
    const base = mergeSettings(Object.create(null), DEFAULT_PREFS);
    const merged = mergeSettings(base, imported);
    return memberRepository.savePreferences(memberId, { ...merged });
  }

  async renewalQuote(memberId, options) {
    const member = await memberRepository.findById(memberId);
    return renewalQuote(member.membershipType, options);
  }

  async updateProfile(memberId, fields) {
    return memberRepository.updateProfile(memberId, fields);
  }
}

module.exports = { memberService: new MemberService(), setByPath, renewalQuote };
