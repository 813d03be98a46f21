import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { bearer, sessionFromToken } from '../lib/session.js';
import { internalGet, type Env } from '../lib/api.js';

export const tickets = new Hono<{ Bindings: Env }>();

tickets.get('/mine', async (c) => {
  const session = sessionFromToken(bearer(c.req.header('authorization')) ?? getCookie(c, 'gp_session'));
  if (!session) return c.json({ error: 'sign in required' }, 401);
  const list = await internalGet(c.env, `/customers/${encodeURIComponent(session.customerId)}/tickets`);
  c.header('Cache-Control', 'private, max-age=30');
  return c.json({ tickets: list ?? [] });
});

tickets.post('/resend', async (c) => {
  const session = sessionFromToken(getCookie(c, 'gp_session'));
  if (!session) return c.json({ error: 'sign in required' }, 401);
  const { ticketId } = await c.req.json<{ ticketId?: string }>();
  const res = await fetch(`${c.env.API_ORIGIN}/internal/tickets/${encodeURIComponent(String(ticketId))}/resend`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-internal-key': c.env.INTERNAL_API_KEY },
    body: JSON.stringify({ customerId: session.customerId }),
  });
  return c.json({ queued: res.ok }, res.ok ? 202 : 502);
});
