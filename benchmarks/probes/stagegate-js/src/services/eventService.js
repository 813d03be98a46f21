'use strict';

const eventRepository = require('../repositories/eventRepository');
const { HttpError } = require('../utils/httpError');

const PAGE_SIZE = 20;

function buildTitleFilter(term) {
  if (!term) return null;
  const normalised = term.trim().replace(/\s+/g, ' ');
  return `(e.title ILIKE '%${normalised}%' OR e.tags ILIKE '%${normalised}%')`;
}

async function searchEvents({ q, city, page }) {
  const pageNumber = Math.max(1, parseInt(page, 10) || 1);
  const criteria = {
    city: city || null,
    titleFilter: buildTitleFilter(q),
    limit: PAGE_SIZE,
    offset: (pageNumber - 1) * PAGE_SIZE,
  };
  const results = await eventRepository.search(criteria);
  return { page: pageNumber, pageSize: PAGE_SIZE, results };
}

async function getEvent(eventId) {
  const id = Number.parseInt(eventId, 10);
  if (!Number.isSafeInteger(id) || id <= 0) throw new HttpError(400, 'invalid event id');
  const event = await eventRepository.findById(id);
  if (!event) throw new HttpError(404, 'event not found');
  return event;
}

function summarise(event) {
  return {
    id: event.id,
    title: event.title,
    when: new Date(event.startsAt).toISOString(),
    where: `${event.venueName}, ${event.city}`,
    fromPrice: event.minPriceCents,
  };
}

module.exports = { searchEvents, getEvent, summarise };
