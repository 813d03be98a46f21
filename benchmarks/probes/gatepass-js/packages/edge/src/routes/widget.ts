import { Hono } from 'hono';
import { html } from 'hono/html';
import { internalGet, type Env } from '../lib/api.js';

interface PublicEvent {
  slug: string;
  title: string;
  venueName: string;
  startsAt: string;
  fromPriceCents: number;
}

const THEMES = new Set(['light', 'dark']);

export const widget = new Hono<{ Bindings: Env }>();

widget.get('/:eventId', async (c) => {
  const eventId = Number.parseInt(c.req.param('eventId'), 10);
  if (!Number.isSafeInteger(eventId)) return c.text('Unknown event', 404);
  const event = await internalGet<PublicEvent>(c.env, `/events/${eventId}`);
  if (!event) return c.text('Unknown event', 404);
  const requestedTheme = c.req.query('theme') ?? 'light';
  const theme = THEMES.has(requestedTheme) ? requestedTheme : 'light';
  const price = (event.fromPriceCents / 100).toFixed(2);
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; frame-ancestors *");
  const page = html`<!doctype html>
    <link rel="stylesheet" href="/widget/${theme}.css">
    <article class="gp-widget">
      <h2>${event.title}</h2>
      <p>${event.venueName} &middot; <time>${event.startsAt}</time></p>
      <p>Tickets from &euro;${price} for ${c.req.query('ref') ?? 'you'}</p>
      <a target="_top" href="https://gatepass.io/e/${encodeURIComponent(event.slug)}">Buy tickets</a>
    </article>`;
  return c.html(page); // SAFE xss
});
