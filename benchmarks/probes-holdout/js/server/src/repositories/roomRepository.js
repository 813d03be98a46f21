'use strict';

const { pool, withTransaction } = require('../db');

async function listRooms() {
  const { rows } = await pool.query('SELECT id, name, capacity, has_piano, layout FROM rehearsal_rooms WHERE active ORDER BY name');
  return rows;
}

async function findRoom(roomId) {
  const { rows } = await pool.query('SELECT id, name, capacity, has_piano, layout FROM rehearsal_rooms WHERE id = $1', [roomId]);
  return rows[0] || null;
}

async function findRoomByName(name) {
  const { rows } = await pool.query('SELECT id, name, capacity FROM rehearsal_rooms WHERE lower(name) = lower($1)', [name]);
  return rows[0] || null;
}

async function findBookings(roomId, day) {
  const { rows } = await pool.query("SELECT id, reference, member_name, purpose, start_hour, hours, attendees FROM room_bookings WHERE room_id = $1 AND day = $2::date AND status <> 'cancelled' ORDER BY start_hour", [roomId, day]); // SAFE sqli
  return rows;
}

async function createBooking(roomId, member, booking, reference, doorCode) {
  return withTransaction(async (client) => {
    const clash = await client.query(
      `SELECT 1 FROM room_bookings
        WHERE room_id = $1 AND day = $2::date AND status <> 'cancelled'
          AND int4range(start_hour, start_hour + hours) && int4range($3, $3 + $4)
        FOR UPDATE`,
      [roomId, booking.day, booking.startHour, booking.hours]
    );
    if (clash.rowCount > 0) {
      const err = new Error('Room already booked for that time');
      err.status = 409;
      throw err;
    }
    const { rows } = await client.query(
      `INSERT INTO room_bookings (room_id, member_id, member_name, day, start_hour, hours, purpose, attendees, reference, door_code, status)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10, 'confirmed') RETURNING id, reference`,
      [roomId, member.id, member.name, booking.day, booking.startHour, booking.hours, booking.purpose, booking.attendees, reference, doorCode]
    );
    return rows[0];
  });
}

async function findBookingForCheckin(roomId, memberId, hour) {
  const { rows } = await pool.query(
    `SELECT id, reference, start_hour, hours FROM room_bookings
      WHERE room_id = $1 AND member_id = $2 AND day = current_date
        AND $3 BETWEEN start_hour AND start_hour + hours - 1 AND status = 'confirmed'`,
    [roomId, memberId, hour]
  );
  return rows[0] || null;
}

async function markCheckedIn(bookingId) {
  await pool.query("UPDATE room_bookings SET status = 'checked-in', checked_in_at = now() WHERE id = $1", [bookingId]);
}

async function saveLayout(roomId, layout) {
  await pool.query('UPDATE rehearsal_rooms SET layout = $2::jsonb, updated_at = now() WHERE id = $1', [roomId, JSON.stringify(layout)]);
}

module.exports = {
  listRooms,
  findRoom,
  findRoomByName,
  findBookings,
  createBooking,
  findBookingForCheckin,
  markCheckedIn,
  saveLayout,
};
