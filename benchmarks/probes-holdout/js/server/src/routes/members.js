'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const memberService = require('../services/memberService');
const members = require('../repositories/memberRepository');
const { requireMember } = require('../middleware/auth');
const { optionalString } = require('../dto');
const { isPlainObject } = require('../util/objects');
const sectionService = require('../services/sectionService');

const membersRouter = express.Router();

membersRouter.get(
  '/',
  asyncHandler(async (req, res) => {
    const list = await members.directory(req.query.section);
    res.json({ members: list });
  })
);

membersRouter.put(
  '/me/profile',
  requireMember,
  asyncHandler(async (req, res) => {
    const profile = await memberService.updateProfile(req.member, {
      website: optionalString(req.body.website, 'website', { max: 200 }),
      bio: optionalString(req.body.bio, 'bio', { max: 4000 }),
      instrument: optionalString(req.body.instrument, 'instrument', { max: 60 }),
    });
    res.json({ profile });
  })
);

membersRouter.patch(
  '/me/preferences',
  requireMember,
  asyncHandler(async (req, res) => {
    if (!isPlainObject(req.body)) return res.status(422).json({ error: 'Expected an object' });
    const preferences = await memberService.updatePreferences(req.member, req.body);
    return res.json({ preferences });
  })
);

membersRouter.put(
  '/me/notifications',
  requireMember,
  asyncHandler(async (req, res) => {
    if (!isPlainObject(req.body)) return res.status(422).json({ error: 'Expected an object' });
    const notifications = await memberService.updateNotificationSettings(req.member, req.body);
    return res.json({ notifications });
  })
);

membersRouter.post(
  '/me/api-key',
  requireMember,
  asyncHandler(async (req, res) => {
    res.json({ apiKey: await memberService.rotateApiKey(req.member) });
  })
);

membersRouter.get('/cards/verify', requireMember, (req, res) => {
  if (!req.member.hasRole('steward')) return res.status(403).json({ error: 'Stewards only' });
  const card = memberService.verifyCardPayload(req.query.qr);
  return res.json({ valid: Boolean(card && card.season === String(new Date().getFullYear())), card });
});

membersRouter.get('/me/card', requireMember, (req, res) => {
  const season = String(new Date().getFullYear());
  res.json({ qr: memberService.cardPayload(req.member, season), season });
});

membersRouter.get(
  '/:id',
  asyncHandler(async (req, res) => {
    const profile = await memberService.publicProfile(req.params.id);
    if (!profile) return res.status(404).render('error', { title: 'Not found', message: 'No such member.' });
    return res.render('members/profile', { title: profile.name, profile });
  })
);

membersRouter.get(
  '/:id/avatar',
  asyncHandler(async (req, res) => {
    const stream = await memberService.avatarStream(req.params.id);
    if (!stream) return res.redirect('/static/avatar-placeholder.svg');
    res.type('image/webp');
    return stream.pipe(res);
  })
);

/* ---------- sections ---------- */

const sectionsRouter = express.Router();

sectionsRouter.use(requireMember);

sectionsRouter.get(
  '/:slug',
  asyncHandler(async (req, res) => {
    const section = await sectionService.loadSection(req.params.slug);
    res.json({
      name: section.name,
      lastCalendarSync: section.lastCalendarSync,
      events: section.calendarEvents,
      canEdit: section.isLedBy(req.member),
    });
  })
);

sectionsRouter.put(
  '/:slug/settings',
  asyncHandler(async (req, res) => {
    const { calendarUrl, webhookUrl, reminderTemplate } = req.body;
    const section = await sectionService.updateSettings(req.params.slug, req.member, {
      calendarUrl: calendarUrl === undefined ? undefined : String(calendarUrl),
      webhookUrl: webhookUrl === undefined ? undefined : String(webhookUrl),
      reminderTemplate: reminderTemplate === undefined ? undefined : String(reminderTemplate).slice(0, 8000),
    });
    res.json({ slug: section.slug, updatedAt: section.updatedAt });
  })
);

sectionsRouter.post(
  '/:slug/calendar/sync',
  asyncHandler(async (req, res) => {
    const jobId = await sectionService.requestCalendarSync(req.params.slug);
    res.status(202).json({ jobId });
  })
);

sectionsRouter.post(
  '/:slug/webhook/test',
  asyncHandler(async (req, res) => {
    const jobId = await sectionService.requestWebhookTest(req.params.slug, req.member);
    res.status(202).json({ jobId });
  })
);

module.exports = { membersRouter, sectionsRouter };
