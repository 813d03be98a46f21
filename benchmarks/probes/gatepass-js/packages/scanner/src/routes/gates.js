import yaml from 'js-yaml';

const GATE_CONFIG_KEYS = new Set(['name', 'lanes', 'sections', 'opensAt', 'reentry']);
const COLOURS = { admitted: '#1a7f37', already_scanned: '#bf8700', invalid: '#cf222e', idle: '#24292f' };
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

export default async function gateRoutes(fastify) {
  fastify.get('/:gateId/display', async (request, reply) => {
    const { gateId } = request.params;
    const banner = request.query.banner ?? 'Have your ticket ready';
    const { rows } = await fastify.pg.query('SELECT last_result FROM gates WHERE id = $1', [gateId]);
    const colour = COLOURS[rows[0]?.last_result] ?? COLOURS.idle;
    reply.type('text/html').send(`<!doctype html><body style="background:${colour}"><h1>Gate ${escapeHtml(gateId)}</h1><p>${escapeHtml(banner)}</p></body>`); // SAFE xss
  });

  fastify.get('/:gateId/manual', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT id FROM gates WHERE id = $1', [request.params.gateId]);
    if (rows.length === 0) return reply.code(404).send({ error: 'unknown gate' });
    return reply.redirect(`/v1/gates/${encodeURIComponent(rows[0].id)}/display?banner=Manual%20check`);
  });

  fastify.put('/:gateId/config', { onRequest: fastify.authenticate }, async (request, reply) => {
    fastify.assertGateAccess(request, request.params.gateId);
    const parsed = yaml.load(String(request.body ?? '')); // SAFE deser
    if (typeof parsed !== 'object' || parsed === null) return reply.code(400).send({ error: 'config must be a mapping' });
    const config = Object.fromEntries(Object.entries(parsed).filter(([key]) => GATE_CONFIG_KEYS.has(key)));
    await fastify.pg.query('UPDATE gates SET config = $2 WHERE id = $1', [request.params.gateId, JSON.stringify(config)]);
    return { gateId: request.params.gateId, config };
  });
}
