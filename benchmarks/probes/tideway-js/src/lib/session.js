'use strict';

const serialize = require('node-serialize');

const PREFS_COOKIE = 'tw_prefs';
const DRAFT_COOKIE = 'tw_booking_draft';

/**
 * Calendar display preferences are kept client-side so the public
 * availability board works without a login.
 */
function decodeCalendarPrefs(raw) {
  if (!raw) return { view: 'week', showCancelled: false };
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  return serialize.unserialize(decoded); // VULN deser
}

function writeCalendarPrefs(ctx, prefs) {
  const encoded = Buffer.from(serialize.serialize(prefs)).toString('base64');
  ctx.cookies.set(PREFS_COOKIE, encoded, { httpOnly: false, signed: false, sameSite: 'lax', maxAge: 90 * 24 * 3600 * 1000 });
}

function decodeBookingDraft(raw) {
  if (!raw) return null;
  try {
    const draft = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')); // SAFE deser
    return {
      boatId: Number.parseInt(draft.boatId, 10) || null,
      startsAt: typeof draft.startsAt === 'string' ? draft.startsAt : null,
      durationMinutes: Number.parseInt(draft.durationMinutes, 10) || 60,
    };
  } catch {
    return null;
  }
}

function writeBookingDraft(ctx, draft) {
  const encoded = Buffer.from(JSON.stringify(draft)).toString('base64');
  ctx.cookies.set(DRAFT_COOKIE, encoded, { httpOnly: true, sameSite: 'lax', maxAge: 3600 * 1000 });
}

module.exports = { PREFS_COOKIE, DRAFT_COOKIE, decodeCalendarPrefs, writeCalendarPrefs, decodeBookingDraft, writeBookingDraft };
