import fp from 'fastify-plugin';
import { jwtVerify } from 'jose';

async function authPlugin(fastify) {
  const key = new TextEncoder().encode(process.env.JWT_SECRET);
  fastify.decorateRequest('staff', null);

  fastify.decorate('authenticate', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : request.cookies?.gp_session;
    if (!token) return reply.code(401).send({ error: 'missing token' });
    try {
      const { payload } = await jwtVerify(token, key, { issuer: 'gatepass-api', algorithms: ['HS256'] });
      if (payload.role !== 'staff') return reply.code(403).send({ error: 'staff only' });
      request.staff = { uid: payload.sub, gates: payload.gates ?? [] };
    } catch {
      return reply.code(401).send({ error: 'invalid token' });
    }
  });

  fastify.decorate('assertGateAccess', (request, gateId) => {
    if (!request.staff?.gates.includes(gateId)) throw Object.assign(new Error('not assigned to this gate'), { statusCode: 403 });
  });
}

export default fp(authPlugin, { name: 'gatepass-auth' });
