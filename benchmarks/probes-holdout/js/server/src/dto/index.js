'use strict';

/* ---------- errors ---------- */

class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'ValidationError';
    this.status = 422;
    this.field = field;
  }
}

function requireString(value, field, { max = 200 } = {}) {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(`${field} is required`, field);
  }
  if (value.length > max) {
    throw new ValidationError(`${field} is too long`, field);
  }
  return value.trim();
}

function optionalString(value, field, opts) {
  if (value === undefined || value === null || value === '') return undefined;
  return requireString(value, field, opts);
}

function toInt(value, field, { min = 0, max = Number.MAX_SAFE_INTEGER, fallback } = {}) {
  if ((value === undefined || value === '') && fallback !== undefined) return fallback;
  const n = Number.parseInt(value, 10);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ValidationError(`${field} must be an integer between ${min} and ${max}`, field);
  }
  return n;
}

/* ---------- loan ---------- */

const LOAN_STATUSES = new Set(['active', 'overdue', 'returned', 'in-repair']);
const CONDITIONS = new Set(['excellent', 'good', 'fair', 'needs-repair']);

function parseLoanQuery(query) {
  const status = query.status ? String(query.status) : undefined;
  if (status && !LOAN_STATUSES.has(status)) {
    throw new ValidationError('Unknown loan status', 'status');
  }
  return {
    instrumentType: optionalString(query.instrument, 'instrument', { max: 40 }),
    status,
    sort: query.sort ? String(query.sort) : undefined,
    dir: query.dir === 'desc' ? 'desc' : 'asc',
    limit: toInt(query.limit, 'limit', { min: 1, max: 200, fallback: 50 }),
    offset: toInt(query.offset, 'offset', { min: 0, fallback: 0 }),
  };
}

function parseLoanId(raw) {
  return toInt(raw, 'loanId', { min: 1 });
}

function parseReturnBody(body) {
  const condition = String(body.condition || '');
  if (!CONDITIONS.has(condition)) {
    throw new ValidationError('condition must be one of ' + [...CONDITIONS].join(', '), 'condition');
  }
  return {
    condition,
    notes: optionalString(body.notes, 'notes', { max: 2000 }),
    photo: optionalString(body.photo, 'photo', { max: 255 }),
    returnedAt: body.returnedAt ? new Date(body.returnedAt) : new Date(),
  };
}

function parseNewLoan(body) {
  return {
    instrumentId: toInt(body.instrumentId, 'instrumentId', { min: 1 }),
    memberId: String(body.memberId || ''),
    memberName: optionalString(body.memberName, 'memberName', { max: 120 }),
    dueDate: new Date(body.dueDate),
    deposit: toInt(body.deposit, 'deposit', { min: 0, max: 5000, fallback: 0 }),
  };
}

/* ---------- booking ---------- */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseBooking(body) {
  const day = String(body.day || '');
  if (!DAY.test(day)) throw new ValidationError('day must be YYYY-MM-DD', 'day');
  const startHour = toInt(body.startHour, 'startHour', { min: 8, max: 22 });
  const hours = toInt(body.hours, 'hours', { min: 1, max: 4 });
  return {
    day,
    startHour,
    hours,
    purpose: requireString(body.purpose, 'purpose', { max: 140 }),
    attendees: toInt(body.attendees, 'attendees', { min: 1, max: 80, fallback: 1 }),
  };
}

function parseLayoutChange(body) {
  return {
    field: requireString(body.field, 'field', { max: 120 }),
    value: body.value,
  };
}

function parseKioskCheckin(body) {
  return {
    roomId: toInt(body.roomId, 'roomId', { min: 1 }),
    cardNumber: body.cardNumber,
    pin: body.pin,
  };
}

function parseDay(raw) {
  const day = String(raw || new Date().toISOString().slice(0, 10));
  if (!DAY.test(day)) throw new ValidationError('day must be YYYY-MM-DD', 'day');
  return day;
}

/* ---------- subscription ---------- */

const SEASON = /^\d{4}$/;

function parseReportQuery(query) {
  const season = String(query.season || new Date().getFullYear());
  if (!SEASON.test(season)) {
    throw new ValidationError('season must be a four digit year', 'season');
  }
  return {
    season,
    tier: query.tier ? String(query.tier) : 'full',
    includeLapsed: query.includeLapsed === 'true',
  };
}

function parseSegment(body) {
  return {
    name: requireString(body.name, 'name', { max: 80 }),
    region: requireString(body.region, 'region', { max: 80 }),
    lapsedSinceDays: toInt(body.lapsedSinceDays, 'lapsedSinceDays', { min: 0, max: 3650, fallback: 30 }),
    sectionSlug: optionalString(body.sectionSlug, 'sectionSlug', { max: 40 }),
  };
}

function parseDiscountRule(body) {
  return {
    label: requireString(body.label, 'label', { max: 80 }),
    expression: requireString(body.expression, 'expression', { max: 500 }),
    season: requireString(String(body.season || ''), 'season', { max: 4 }),
  };
}

/* ---------- media ---------- */

const TIMESTAMP = /\d{1,2}:\d{2}/;
const PAPER_SIZES = new Set(['A4', 'A5', 'Letter']);

function parseClipRequest(body) {
  const start = String(body.start || '');
  if (!TIMESTAMP.test(start)) {
    throw new ValidationError('start must look like mm:ss', 'start');
  }
  return {
    recordingIndex: toInt(body.recordingIndex, 'recordingIndex', { min: 0, max: 50 }),
    start,
    length: toInt(body.length, 'length', { min: 5, max: 600 }),
    label: requireString(body.label, 'label', { max: 80 }),
    fadeOut: Boolean(body.fadeOut),
  };
}

function parseProgrammeRequest(body) {
  const orientation = body.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const paperSize = body.paperSize ? String(body.paperSize) : 'A5';
  if (!PAPER_SIZES.has(orientation === 'Landscape' ? 'A4' : 'A5')) {
    throw new ValidationError('unsupported layout', 'orientation');
  }
  return {
    orientation,
    paperSize,
    includeNotes: body.includeNotes !== false,
    copies: toInt(body.copies, 'copies', { min: 1, max: 500, fallback: 1 }),
  };
}

module.exports = {
  ValidationError,
  requireString,
  optionalString,
  toInt,
  parseLoanQuery,
  parseLoanId,
  parseReturnBody,
  parseNewLoan,
  parseBooking,
  parseLayoutChange,
  parseKioskCheckin,
  parseDay,
  parseReportQuery,
  parseSegment,
  parseDiscountRule,
  parseClipRequest,
  parseProgrammeRequest,
};
