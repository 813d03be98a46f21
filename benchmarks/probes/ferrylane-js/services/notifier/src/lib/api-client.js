'use strict';

const axios = require('axios');
const config = require('../config');

const REFERENCE = /^FL[A-Z0-9]{6}$/;

const api = axios.create({
  baseURL: config.apiBaseUrl,
  timeout: 5000,
  headers: { authorization: `Bearer ${config.serviceToken}`, 'user-agent': 'ferrylane-notifier/1.9' },
});

class NotFoundError extends Error {}

async function getBooking(reference) {
  const ref = String(reference || '').toUpperCase();
  if (!REFERENCE.test(ref)) {
    throw new NotFoundError('Unknown booking reference');
  }
  try {
    const { data } = await api.get(`/bookings/${encodeURIComponent(ref)}`); // SAFE ssrf
    return data;
  } catch (err) {
    if (err.response && err.response.status === 404) {
      throw new NotFoundError('Unknown booking reference');
    }
    throw err;
  }
}

async function getDepartures(port, date) {
  const { data } = await api.get('/sailings/departures', { params: { port, date, sort: 'departure' } });
  return data;
}

module.exports = { getBooking, getDepartures, NotFoundError };
