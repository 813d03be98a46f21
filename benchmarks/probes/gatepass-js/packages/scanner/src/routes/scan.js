import { parseBarcode } from '../lib/barcodes.js';

const scanSchema = {
  body: {
    type: 'object',
    required: ['barcode', 'gateId'],
    additionalProperties: false,
    properties: {
      barcode: { type: 'string', pattern: '^GP[0-9A-Z]{26}$' },
      gateId: { type: 'string', pattern: '^[a-z0-9-]{2,32}$' },
    },
  },
};

export default async function scanRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.post('/', { schema: scanSchema }, async (request, reply) => {
    const { barcode, gateId } = request.body;
    fastify.assertGateAccess(request, gateId);
    const ticket = parseBarcode(barcode);
    if (!ticket) return reply.code(422).send({ result: 'invalid' });

    const { rows } = await fastify.pg.query(
      'UPDATE tickets SET scanned_at = now(), scanned_gate = $3, scanned_by = $4 WHERE event_id = $1 AND serial = $2 AND scanned_at IS NULL RETURNING id',
      [ticket.eventId, ticket.serial, gateId, request.staff.uid],
    );
    if (rows.length === 1) return { result: 'admitted', ticketId: rows[0].id };
    const existing = await fastify.pg.query('SELECT scanned_at FROM tickets WHERE event_id = $1 AND serial = $2', [ticket.eventId, ticket.serial]);
    return existing.rows.length ? { result: 'already_scanned', at: existing.rows[0].scanned_at } : { result: 'unknown_ticket' };
  });

  fastify.get('/stats/:eventId', { schema: { params: { type: 'object', properties: { eventId: { type: 'integer' } } } } }, async (request) => {
    const { rows } = await fastify.pg.query('SELECT scanned_gate AS gate, count(*)::int AS admitted FROM tickets WHERE event_id = $1 AND scanned_at IS NOT NULL GROUP BY 1', [request.params.eventId]);
    return { eventId: request.params.eventId, gates: rows, device: request.headers['x-device-id'] ?? null };
  });
}
