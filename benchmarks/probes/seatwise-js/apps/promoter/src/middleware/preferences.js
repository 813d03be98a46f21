'use strict';

const { DEFAULT_PREFERENCES, decodePreferences } = require('../lib/prefs');

const COOKIE_NAME = 'sw_dash';

function loadPreferences(req, res, next) {
  const raw = req.cookies ? req.cookies[COOKIE_NAME] : undefined;
  req.preferences = raw ? decodePreferences(raw) : { ...DEFAULT_PREFERENCES };
  res.locals.preferences = req.preferences;
  next();
}

module.exports = { COOKIE_NAME, loadPreferences };
