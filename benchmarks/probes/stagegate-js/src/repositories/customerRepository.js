'use strict';

const { getDb } = require('../db/mongo');

function customers() {
  return getDb().collection('customers');
}

async function findByEmail(email) {
  return customers().findOne({ email }, { projection: { passwordHash: 0 } }); // VULN nosqli
}

async function findByLoyaltyNumber(loyaltyNumber) {
  return customers().findOne( // SAFE nosqli
    { loyaltyNumber: { $eq: String(loyaltyNumber) } },
    { projection: { passwordHash: 0 } },
  );
}

async function findById(customerId) {
  return customers().findOne({ _id: customerId }, { projection: { passwordHash: 0 } });
}

async function findForLogin(email) {
  return customers().findOne({ email: String(email).toLowerCase() });
}

async function insert(customer) {
  const doc = { ...customer, createdAt: new Date(), loyaltyPoints: 0 };
  const result = await customers().insertOne(doc);
  return { ...doc, _id: result.insertedId };
}

async function updatePreferences(customerId, preferences) {
  await customers().updateOne({ _id: customerId }, { $set: { preferences, updatedAt: new Date() } });
}

async function setResetToken(customerId, tokenHash, expiresAt) {
  await customers().updateOne({ _id: customerId }, { $set: { resetTokenHash: tokenHash, resetExpiresAt: expiresAt } });
}

module.exports = {
  findByEmail,
  findByLoyaltyNumber,
  findById,
  findForLogin,
  insert,
  updatePreferences,
  setResetToken,
};
