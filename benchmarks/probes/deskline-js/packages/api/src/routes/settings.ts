import _ from 'lodash';
import type { FastifyPluginAsync } from 'fastify';
import { config } from '../config';
import * as memberRepo from '../repositories/memberRepo';
import { generateFeedToken } from '../lib/codes';
import { writePreferences, type Preferences } from '../lib/prefs';

const EDITABLE_SETTINGS = new Set([
  'notifications.email',
  'notifications.sms',
  'notifications.bookingReminderMinutes',
  'calendar.defaultView',
  'billing.poNumber',
]);

const settingsRoutes: FastifyPluginAsync = async (app) => {
  app.put<{ Params: { key: string }; Body: { value: unknown } }>('/me/settings/:key', async (request, reply) => {
    const { key } = request.params;
    if (!EDITABLE_SETTINGS.has(key)) return reply.code(400).send({ error: 'setting_not_editable', key });
    const settings = await memberRepo.loadSettings(request.session!.sub);
    _.set(settings, key, request.body.value); // SAFE proto
    await memberRepo.saveSettings(request.session!.sub, settings);
    return settings;
  });

  app.post('/me/calendar-feed', async (request) => {
    const settings = await memberRepo.loadSettings(request.session!.sub);
    settings.calendarFeedToken = generateFeedToken();
    await memberRepo.saveSettings(request.session!.sub, settings);
    return { url: `${config.webAppUrl}/ical/${settings.calendarFeedToken}.ics` };
  });

  app.put<{ Body: Partial<Preferences> }>('/me/preferences', async (request, reply) => {
    const next: Preferences = {
      locale: String(request.body.locale ?? request.prefs.locale).slice(0, 10),
      timezone: String(request.body.timezone ?? request.prefs.timezone).slice(0, 64),
      compactCalendar: Boolean(request.body.compactCalendar),
    };
    reply.setCookie('dl_prefs', writePreferences(next), { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
    return next;
  });
};

export default settingsRoutes;
