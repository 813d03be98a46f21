'use strict';

// A local path such as "/family/messages", never another host.
const LOCAL_PATH = /^\/(?![/\\])/;

function isLocalPath(value) {
  return typeof value === 'string' && value.length < 300 && LOCAL_PATH.test(value);
}

/**
 * Where to send a parent after signing in. Links in reminder e-mails carry
 * the original page percent-encoded, e.g. returnTo=%2Ffamily%2Fmessages.
 */
function afterLoginPath(raw) {
  if (!isLocalPath(raw)) return '/family';
  try {
    return decodeURIComponent(raw);
  } catch (err) {
    return '/family';
  }
}

const LOGOUT_DESTINATIONS = new Map([
  ['home', 'https://www.linguaroom.school/'],
  ['courses', 'https://www.linguaroom.school/courses'],
  ['login', '/login'],
]);

function logoutDestination(key) {
  return LOGOUT_DESTINATIONS.get(String(key)) || '/login';
}

module.exports = { isLocalPath, afterLoginPath, logoutDestination };
