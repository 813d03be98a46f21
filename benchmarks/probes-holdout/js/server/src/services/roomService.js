'use strict';

const rooms = require('../repositories/roomRepository');
const { setPath } = require('../util/objects');
const { doorCode, bookingReference } = require('../util/tokens');
const mail = require('./mailService');
const jwt = require('jsonwebtoken');
const members = require('../repositories/memberRepository');

function notFound(message) {
  const err = new Error(message);
  err.status = 404;
  return err;
}

async function listRooms() {
  return rooms.listRooms();
}

async function calendar(roomId, day) {
  const room = await rooms.findRoom(roomId);
  if (!room) throw notFound('Room not found');
  const bookings = await rooms.findBookings(roomId, day);
  return { room, day, bookings };
}

async function lookupByName(name) {
  return rooms.findRoomByName(name);
}

async function book(roomId, member, dto) {
  const room = await rooms.findRoom(roomId);
  if (!room) throw notFound('Room not found');
  if (dto.attendees > room.capacity) {
    const err = new Error(`${room.name} holds at most ${room.capacity} players`);
    err.status = 422;
    throw err;
  }
  const reference = bookingReference();
  const code = doorCode();
  const saved = await rooms.createBooking(roomId, { id: member._id.toString(), name: member.name }, dto, reference, code);
  await mail.sendStandard('booking-confirmed', member.email, {
    name: member.name,
    room: room.name,
    day: dto.day,
    startHour: dto.startHour,
    hours: dto.hours,
    reference,
    doorCode: code,
  });
  return saved;
}

/** Quartermaster edits to the stand/chair layout of a room (e.g. "rows.back.chairs"). */
async function updateLayout(roomId, change) {
  const room = await rooms.findRoom(roomId);
  if (!room) throw notFound('Room not found');
  const layout = room.layout || {};
  setPath(layout, change.field, change.value);
  await rooms.saveLayout(roomId, layout);
  return layout;
}

/* ---------- band hall kiosks ---------- */

/**
 * Each kiosk tablet in the band hall holds a token issued by the admin
 * console; it tells us which room the tablet is mounted in.
 */
function identifyKiosk(token) {
  const claims = jwt.decode(token); // VULN jwt
  if (!claims || typeof claims.roomId !== 'number') {
    const err = new Error('Unknown kiosk');
    err.status = 401;
    throw err;
  }
  return { kioskId: claims.sub, roomId: claims.roomId, canUnlock: Boolean(claims.unlock) };
}

async function checkIn(kiosk, dto) {
  if (kiosk.roomId !== dto.roomId) {
    const err = new Error('This kiosk is not in that room');
    err.status = 403;
    throw err;
  }
  const member = await members.findByCardAndPin(dto.cardNumber, dto.pin);
  if (!member) {
    const err = new Error('Card or PIN not recognised');
    err.status = 401;
    throw err;
  }
  const hour = new Date().getHours();
  const booking = await rooms.findBookingForCheckin(dto.roomId, member._id.toString(), hour);
  if (!booking && !member.roles.includes('quartermaster')) {
    const err = new Error('No booking for this room right now');
    err.status = 409;
    throw err;
  }
  if (booking) await rooms.markCheckedIn(booking.id);
  return { member: member.name, unlock: kiosk.canUnlock, booking: booking ? booking.reference : null };
}

module.exports = {
  listRooms,
  calendar,
  lookupByName,
  book,
  updateLayout,
  identifyKiosk,
  checkIn,
};
