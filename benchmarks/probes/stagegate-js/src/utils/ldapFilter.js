'use strict';

function escapeFilterValue(value) {
  return String(value).replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

module.exports = { escapeFilterValue };
