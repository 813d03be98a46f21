'use strict';

const ldap = require('ldapjs');
const config = require('../config');
const { escapeFilterValue } = require('../utils/ldapFilter');

function client() {
  return ldap.createClient({ url: config.ldap.url, timeout: 5000, connectTimeout: 5000 });
}

function bind(conn, dn, password) {
  return new Promise((resolve, reject) => conn.bind(dn, password, (err) => (err ? reject(err) : resolve())));
}

function searchOne(conn, filter, attributes) {
  return new Promise((resolve, reject) => {
    conn.search(config.ldap.baseDn, { scope: 'sub', filter, attributes, sizeLimit: 1 }, (err, res) => {
      if (err) return reject(err);
      let found = null;
      res.on('searchEntry', (entry) => { found = entry.pojo || entry.object; });
      res.on('error', reject);
      res.on('end', () => resolve(found));
      return undefined;
    });
  });
}

async function authenticateStaff(credentials) {
  const conn = client();
  try {
    await bind(conn, config.ldap.bindDn, config.ldap.bindPassword);
    const filter = `(&(objectClass=inetOrgPerson)(uid=${credentials.username})(memberOf=cn=box-office,ou=groups,dc=stagegate,dc=io))`;
    const entry = await searchOne(conn, filter, ['dn', 'uid', 'cn', 'mail']); // VULN ldap
    if (!entry) return null;
    await bind(conn, entry.objectName || entry.dn, credentials.password);
    return entry;
  } finally {
    conn.unbind();
  }
}

async function findStaffByEmail(email) {
  const conn = client();
  try {
    await bind(conn, config.ldap.bindDn, config.ldap.bindPassword);
    return await searchOne(conn, `(&(objectClass=inetOrgPerson)(mail=${escapeFilterValue(email)}))`, ['uid', 'cn', 'mail']); // SAFE ldap
  } finally {
    conn.unbind();
  }
}

module.exports = { authenticateStaff, findStaffByEmail };
