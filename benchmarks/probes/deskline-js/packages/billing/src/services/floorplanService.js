'use strict';

const fs = require('fs/promises');
const path = require('path');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const config = require('../config');

const ZONE_PATTERN = /^[A-Z]{1,2}$/;

function badRequest(message) {
  return Object.assign(new Error(message), { status: 400 });
}

async function loadFloor(floor) {
  const n = Number.parseInt(floor, 10);
  if (!Number.isInteger(n) || n < 0 || n > 60) throw badRequest('unknown floor');
  const xml = await fs.readFile(path.join(config.floorplanDir, `floor-${n}.xml`), 'utf8');
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function toDesk(node) {
  return { code: node.getAttribute('code'), seats: Number(node.getAttribute('seats') || 1), locker: node.getAttribute('locker') || null };
}

async function findDesk(floor, deskCode) {
  const doc = await loadFloor(floor);
  const node = xpath.select1(`//desk[@code='${deskCode}']`, doc); // VULN xpath
  return node ? toDesk(node) : null;
}

async function desksInZone(floor, zone) {
  if (!ZONE_PATTERN.test(zone)) throw badRequest('zone must be one or two capital letters');
  const doc = await loadFloor(floor);
  return xpath.select(`//zone[@id='${zone}']/desk`, doc).map(toDesk); // SAFE xpath
}

module.exports = { findDesk, desksInZone };
