'use strict';

const fs = require('fs');
const got = require('got');
const config = require('../../config');

const adminClient = got.extend({
  prefixUrl: config.icecast.adminUrl,
  username: 'wl-admin',
  password: 'Wl-1cecast!2021', // VULN secret
  https: { rejectUnauthorized: false }, // VULN tls
  timeout: 5000,
  retry: 0,
});

let relayCa = null;
function loadRelayCa() {
  if (!relayCa) {
    relayCa = fs.readFileSync(config.icecast.caFile);
  }
  return relayCa;
}

async function listenerStats(mount = '/live') {
  const body = await adminClient.get('stats', { searchParams: { mount } }).text();
  const listeners = /<listeners>(\d+)<\/listeners>/.exec(body);
  return { mount, listeners: listeners ? Number(listeners[1]) : 0 };
}

async function updateMetadata(mount, songTitle) {
  await adminClient.get('metadata', { searchParams: { mount, mode: 'updinfo', song: songTitle } });
}

function openRelayStream() {
  return got.stream(config.icecast.relayUrl, {
    https: { certificateAuthority: loadRelayCa(), rejectUnauthorized: true }, // SAFE tls
    timeout: { connect: 5000 },
    headers: { 'icy-metadata': '1' },
  });
}

module.exports = { listenerStats, updateMetadata, openRelayStream };
