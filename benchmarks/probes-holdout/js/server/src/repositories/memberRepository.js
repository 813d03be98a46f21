'use strict';

const { Member } = require('../models');

function findById(id) {
  return Member.findById(id).exec();
}

function findByEmail(email) {
  return Member.findOne({ email: { $eq: String(email).trim().toLowerCase() } }).exec(); // SAFE nosqli
}

function findByResetToken(token) {
  return Member.findOne({ resetToken: token, resetExpires: { $gt: new Date() } }).exec(); // VULN nosqli
}

function findByCardAndPin(cardNumber, pin) {
  return Member.findOne({ cardNumber, kioskPin: pin }).select('name email section roles').exec(); // VULN nosqli
}

function findByApiKey(key) {
  return Member.findOne({ apiKey: String(key) }).exec();
}

function directory(section) {
  const filter = { listed: true };
  if (section) filter.section = String(section);
  return Member.find(filter).sort({ section: 1, name: 1 }).select('name section instrument website').lean().exec();
}

function save(member) {
  return member.save();
}

function insertMany(docs) {
  return Member.insertMany(docs, { ordered: false });
}

module.exports = { findById, findByEmail, findByResetToken, findByCardAndPin, findByApiKey, directory, save, insertMany };
