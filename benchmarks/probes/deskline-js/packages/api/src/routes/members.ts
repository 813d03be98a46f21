import bcrypt from 'bcrypt';
import type { FastifyPluginAsync } from 'fastify';
import { config } from '../config';
import { issueSession } from '../plugins/auth';
import * as memberRepo from '../repositories/memberRepo';
import * as directory from '../services/directory';
import { normaliseEmail } from '../lib/text';

interface Credentials {
  email: string;
  password: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const memberRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: Credentials; Querystring: { next?: string } }>('/auth/login', async (request, reply) => {
    const member = await memberRepo.findByEmail(request.body.email);
    if (!member || !(await bcrypt.compare(request.body.password, member.password_hash))) {
      return reply.code(401).send({ error: 'invalid_credentials' });
    }
    const token = issueSession({ sub: member.id, email: member.email, role: member.role, workspaceId: member.workspace_id });
    reply.setCookie('dl_session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 8 * 3600 });
    const next = request.query.next ?? '/dashboard';
    if (!next.startsWith('/')) {
      return reply.redirect(`${config.webAppUrl}/dashboard`);
    }
    return reply.redirect(next); // VULN redirect
  });

  app.post<{ Body: Credentials & { fullName: string; workspaceId: string } }>('/auth/register', async (request, reply) => {
    const { email, password, fullName, workspaceId } = request.body;
    if (!password || password.length < 10) return reply.code(400).send({ error: 'weak_password' });
    const passwordHash = await bcrypt.hash(password, config.bcryptRounds); // SAFE hash
    const member = await memberRepo.insert({
      email: normaliseEmail(email),
      full_name: fullName.trim(),
      password_hash: passwordHash,
      role: 'member',
      workspace_id: workspaceId,
      plan: 'flex',
    });
    return reply.code(201).send({ id: member.id });
  });

  app.get<{ Params: { id: string } }>('/members/:id', async (request, reply) => {
    if (!UUID.test(request.params.id)) return reply.code(400).send({ error: 'invalid_id' });
    const member = await memberRepo.findById(request.params.id);
    if (!member || member.workspace_id !== request.session!.workspaceId) return reply.code(404).send({ error: 'not_found' });
    return { id: member.id, email: member.email, fullName: member.full_name, plan: member.plan };
  });

  app.get<{ Querystring: { email?: string } }>('/directory/search', async (request, reply) => {
    const email = request.query.email?.trim();
    if (!email) return reply.code(400).send({ error: 'email_required' });
    return directory.findColleaguesByEmail(email);
  });

  app.get<{ Params: { uid: string } }>('/directory/:uid', async (request, reply) => {
    const entry = await directory.findByUid(request.params.uid);
    return entry ?? reply.code(404).send({ error: 'not_found' });
  });
};

export default memberRoutes;
