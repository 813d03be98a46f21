import * as events from '../repositories/eventRepository.js';
import { EVENT_STATUSES } from '../models/Event.js';
import { badRequest, notFound } from '../utils/errors.js';

export async function search(params: { q?: string; city?: string; limit?: string }) {
  const term = (params.q ?? '').trim();
  if (term.length < 2) throw badRequest('Search term must be at least two characters');
  const limit = Math.min(Number.parseInt(params.limit ?? '20', 10) || 20, 100);
  return events.searchEvents({ term, city: params.city, limit });
}

export async function listByStatus(status: string) {
  if (!EVENT_STATUSES.has(status)) throw badRequest(`Unknown event status: ${status}`);
  return events.listByStatus(status);
}

export async function eventsAtVenue(venueId: string) {
  const id = Number.parseInt(venueId, 10);
  if (!Number.isSafeInteger(id)) throw badRequest('Invalid venue id');
  return events.findByVenue(id);
}

export async function getBySlug(slug: string) {
  const event = await events.findBySlug(slug);
  if (!event) throw notFound('Event not found');
  return event;
}
