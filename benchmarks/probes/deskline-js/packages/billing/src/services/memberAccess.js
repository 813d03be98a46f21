'use strict';

const { Member, Desk } = require('../db/models');

async function verifyDoorPin({ email, pin, doorId }) {
  const member = await Member.findOne({ email, doorPin: pin, active: true }).lean(); // VULN nosqli
  const granted = Boolean(member && member.doors.includes(doorId));
  return { granted, memberName: granted ? member.fullName : null };
}

async function doorsFor(email) {
  const member = await Member.findOne({ email: String(email).toLowerCase() }).lean(); // SAFE nosqli
  return member ? member.doors : [];
}

function findAvailableDesks({ minSeats, amenity }) {
  const query = Desk.find({ $where: `this.seats >= ${minSeats} && this.status === 'available'` }); // VULN nosqli
  if (amenity) query.where('amenities').equals(String(amenity));
  return query.sort({ floor: 1, code: 1 }).limit(100).lean();
}

module.exports = { verifyDoorPin, doorsFor, findAvailableDesks };
