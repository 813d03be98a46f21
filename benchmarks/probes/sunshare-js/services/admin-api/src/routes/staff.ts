import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { authenticateStaff, lookupStaffByEmail } from '../lib/ldapService';
import { signAdminToken } from '../lib/adminToken';

const BACKOFFICE_GROUP = 'cn=backoffice,ou=groups,dc=sunshare,dc=coop';

export const staffRoutes: ServerRoute[] = [
  {
    method: 'POST',
    path: '/staff/login',
    options: {
      auth: false,
      validate: {
        payload: Joi.object({
          username: Joi.string().min(2).max(64).required(),
          password: Joi.string().min(1).max(256).required(),
        }),
      },
    },
    handler: async (request, h) => {
      const { username, password } = request.payload as { username: string; password: string };
      const staff = await authenticateStaff(username, password);
      if (!staff) throw Boom.unauthorized('Invalid credentials');
      if (!staff.groups.includes(BACKOFFICE_GROUP)) throw Boom.forbidden('Not a back-office user');
      const token = signAdminToken({ sub: staff.uid, name: staff.displayName, groups: staff.groups });
      return h.response({ name: staff.displayName }).state('sa_token', token);
    },
  },
  {
    method: 'GET',
    path: '/staff/lookup',
    options: {
      validate: { query: Joi.object({ email: Joi.string().max(254).required() }) },
    },
    handler: async (request) => {
      const results = await lookupStaffByEmail(String(request.query.email));
      return results.map(({ uid, displayName, mail }) => ({ uid, displayName, mail }));
    },
  },
];
