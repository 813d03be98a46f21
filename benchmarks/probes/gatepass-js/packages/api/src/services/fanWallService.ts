import { knex } from '../config/database.js';
import { badRequest } from '../utils/errors.js';

const linkify = (text: string) => text.replace(/\bhttps?:\/\/[^\s<]+/g, (url) => `<a href="${url}" rel="nofollow noopener">${url}</a>`);

export async function addPost(eventId: number, customerId: string, message: string) {
  const trimmed = message.trim();
  if (trimmed.length === 0 || trimmed.length > 500) throw badRequest('Message must be between 1 and 500 characters');
  const [post] = await knex('fan_posts').insert({ event_id: eventId, customer_id: customerId, message_html: linkify(trimmed) }).returning(['id']);
  return post;
}

export async function latestPosts(eventId: number) {
  const rows = await knex('fan_posts as p').join('customers as c', 'c.id', 'p.customer_id').where('p.event_id', eventId)
    .orderBy('p.created_at', 'desc').limit(50).select('p.id', 'c.first_name', 'p.created_at', 'p.message_html');
  return rows.map((r) => ({ id: String(r.id), author: r.first_name, postedAt: r.created_at, messageHtml: r.message_html }));
}
