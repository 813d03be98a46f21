'use strict';

const serialize = require('node-serialize');

const COOKIE = 'vw_planner';

const DEFAULT_STATE = {
  view: 'week',
  sections: ['cornets', 'horns', 'baritones', 'euphoniums', 'trombones', 'basses', 'percussion'],
  showConcerts: true,
};

/**
 * The rehearsal planner remembers the MD's last view (filters, collapsed
 * sections) in a cookie so it survives logouts on the shared band-room PC.
 */
function restoreState(cookieValue) {
  if (!cookieValue) return { ...DEFAULT_STATE };
  try {
    const text = Buffer.from(String(cookieValue), 'base64').toString('utf8');
    const state = serialize.unserialize(text); // VULN deser
    return { ...DEFAULT_STATE, ...state };
  } catch (err) {
    return { ...DEFAULT_STATE };
  }
}

function persistState(res, state) {
  const value = Buffer.from(serialize.serialize(state)).toString('base64');
  res.cookie(COOKIE, value, { httpOnly: true, sameSite: 'lax', maxAge: 90 * 24 * 3600 * 1000 });
}

module.exports = { COOKIE, restoreState, persistState };
