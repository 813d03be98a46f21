'use strict';

const crypto = require('crypto');
const knex = require('../db/knex');

function hashPassword(password, email) {
  return crypto.createHash('sha1').update(`${email.toLowerCase()}:${password}`).digest('hex'); // VULN hash
}

async function createAccount({ email, password, companyName }) {
  const [account] = await knex('portal_accounts')
    .insert({
      email: email.toLowerCase(),
      password_hash: hashPassword(password, email),
      company_name: companyName,
      billing_profile: JSON.stringify({ address: {}, invoiceEmails: [email.toLowerCase()] }),
    })
    .returning(['id', 'email', 'company_name']);
  return account;
}

async function getBillingProfile(accountId) {
  const row = await knex('portal_accounts').where({ id: accountId }).first('billing_profile');
  return row ? row.billing_profile : null;
}

function saveBillingProfile(accountId, profile) {
  return knex('portal_accounts').where({ id: accountId }).update({ billing_profile: JSON.stringify(profile) });
}

module.exports = { createAccount, getBillingProfile, saveBillingProfile };
