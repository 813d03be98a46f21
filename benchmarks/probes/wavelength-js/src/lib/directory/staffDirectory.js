'use strict';

const ldap = require('ldapjs');
const config = require('../../config');

const ATTRIBUTES = ['uid', 'cn', 'mail', 'title', 'memberOf'];

function connect() {
  return new Promise((resolve, reject) => {
    const client = ldap.createClient({ url: config.ldap.url, timeout: 5000, connectTimeout: 5000 });
    client.on('error', reject);
    client.bind(config.ldap.bindDn, config.ldap.bindPassword, (err) => (err ? reject(err) : resolve(client)));
  });
}

function gather(resolve, reject) {
  return (err, res) => {
    if (err) {
      reject(err);
      return;
    }
    const entries = [];
    res.on('searchEntry', (entry) => entries.push(entry.object));
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  };
}

function toStaff(entry) {
  return {
    uid: entry.uid,
    name: entry.cn,
    email: entry.mail,
    title: entry.title || null,
    isDj: [].concat(entry.memberOf || []).some((g) => String(g).startsWith('cn=djs,')),
  };
}

/**
 * Finds staff whose uid or name starts with the given text (roster autocomplete).
 */
async function searchStaff(prefix) {
  const client = await connect();
  try {
    const entries = await new Promise((resolve, reject) => {
      client.search(config.ldap.baseDn, { filter: `(&(objectClass=inetOrgPerson)(|(uid=${prefix}*)(cn=${prefix}*)))`, scope: 'sub', attributes: ATTRIBUTES, sizeLimit: 50 }, gather(resolve, reject)); // VULN ldap
    });
    return entries.map(toStaff);
  } finally {
    client.unbind();
  }
}

async function findStaffByEmail(email) {
  const client = await connect();
  try {
    const filter = new ldap.AndFilter({
      filters: [
        new ldap.EqualityFilter({ attribute: 'objectClass', value: 'inetOrgPerson' }),
        new ldap.EqualityFilter({ attribute: 'mail', value: String(email) }),
      ],
    });
    const entries = await new Promise((resolve, reject) => {
      client.search(config.ldap.baseDn, { filter, scope: 'sub', attributes: ATTRIBUTES, sizeLimit: 5 }, gather(resolve, reject)); // SAFE ldap
    });
    return entries.length ? toStaff(entries[0]) : null;
  } finally {
    client.unbind();
  }
}

module.exports = { searchStaff, findStaffByEmail };
