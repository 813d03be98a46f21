import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { widget } from './routes/widget.js';
import { tickets } from './routes/tickets.js';
import type { Env } from './lib/api.js';

const app = new Hono<{ Bindings: Env }>();
app.use('*', secureHeaders({ xFrameOptions: false }));
app.route('/widget', widget);
app.route('/tickets', tickets);

app.get('/s/:code', async (c) => {
  const code = c.req.param('code');
  const slug = /^[A-Za-z0-9]{6,12}$/.test(code) ? await c.env.SHARE_LINKS.get(code) : null;
  if (!slug) return c.notFound();
  return c.redirect(`/e/${encodeURIComponent(slug)}`, 302);
});

export default app;
