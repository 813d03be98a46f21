import { QueryTypes } from 'sequelize';
import { sequelize } from '../config/database.js';
import { Event } from '../models/Event.js';

export interface EventSearch {
  term: string;
  city?: string;
  limit: number;
}

const BASE_SELECT = 'SELECT e.id, e.slug, e.title, v.name AS venue_name, v.city, e.starts_at FROM events e JOIN venues v ON v.id = e.venue_id';

export async function searchEvents(search: EventSearch) {
  const cityClause = search.city ? ' AND v.city = :city' : '';
  const sql = `${BASE_SELECT} WHERE e.status = 'on_sale'${cityClause} AND e.title ILIKE '%${search.term}%' ORDER BY e.starts_at LIMIT ${search.limit}`;
  return sequelize.query(sql, { type: QueryTypes.SELECT, replacements: { city: search.city } }); // VULN sqli
}

export async function findByVenue(venueId: number) {
  return sequelize.query(`${BASE_SELECT} WHERE e.venue_id = :venueId ORDER BY e.starts_at`, { type: QueryTypes.SELECT, replacements: { venueId } }); // SAFE sqli
}

export async function listByStatus(status: string) {
  return Event.findAll({
    where: sequelize.literal(`"status" = '${status}'`), // SAFE sqli
    order: [['startsAt', 'ASC']],
    limit: 200,
  });
}

export async function findBySlug(slug: string) {
  return Event.findOne({ where: { slug } });
}
