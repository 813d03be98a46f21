import { Router } from 'express';
import { requireAuth } from '../middleware/auth.js';
import * as directory from '../services/staffDirectory.js';
import { issueToken } from '../services/authService.js';
import { searchByLastName } from '../repositories/customerRepository.js';
import { HttpError, badRequest, notFound } from '../utils/errors.js';

export const staffRouter = Router();

staffRouter.post('/login', async (req, res) => {
  const { username, password } = req.body ?? {};
  if (typeof username !== 'string' || typeof password !== 'string' || password.length === 0) throw badRequest('username and password are required');
  const member = await directory.findStaffByLogin(username);
  if (!member || !(await directory.verifyPassword(member.dn, password))) throw new HttpError(401, 'Invalid credentials', 'unauthorized');
  res.json({ token: issueToken(member.uid, 'staff'), displayName: member.displayName });
});

staffRouter.get('/badges/:badge', requireAuth('staff'), async (req, res) => {
  const member = await directory.findStaffByBadge(req.params.badge);
  if (!member) throw notFound('No staff member with that badge');
  res.json({ uid: member.uid, displayName: member.displayName });
});

staffRouter.get('/customers', requireAuth('staff'), async (req, res) => {
  const lastName = req.query.lastName;
  if (typeof lastName !== 'string' || lastName.length < 2) throw badRequest('lastName must be at least two characters');
  res.json({ customers: await searchByLastName(lastName) });
});
