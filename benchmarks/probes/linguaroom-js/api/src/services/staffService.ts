import crypto from 'node:crypto';
import got from 'got';
import { fetchIcsFeed, parseBusySlots } from '../clients/calendarClient';
import { findByUid, searchPeople } from '../clients/ldapDirectory';
import { staffRepository } from '../repositories/staffRepository';
import { cloneDeep, isPlainObject, mergeSettings, type PlainObject } from '../lib/merge';
import { parseAvatarUrl, parseWebhookUrl } from '../lib/urls';
import { badRequest, notFound, type DirectoryPerson, type StaffClaims } from '../types';

const WEBHOOK_EVENTS = new Set(['course.updated', 'course.published', 'enrolment.created', 'placement.completed']);
const MAX_AVATAR_BYTES = 1_000_000;

export const staffService = {
  async searchDirectory(term: string): Promise<DirectoryPerson[]> {
    const cleaned = term.trim();
    if (cleaned.length < 2) {
      throw badRequest('Type at least two characters');
    }
    return searchPeople(cleaned);
  },

  async directoryEntry(uid: string): Promise<DirectoryPerson> {
    const person = await findByUid(uid);
    if (!person) throw notFound('No such colleague');
    return person;
  },

  async updateSchoolSettings(patch: unknown, admin: StaffClaims): Promise<PlainObject> {
    if (!isPlainObject(patch)) throw badRequest('Settings must be an object');
    const current = cloneDeep(await staffRepository.schoolSettings());
    const merged = mergeSettings(current, patch);
    await staffRepository.saveSchoolSettings(merged, admin.sub);
    return merged;
  },

  async importAvatar(staff: StaffClaims, imageUrl: string): Promise<void> {
    const url = parseAvatarUrl(imageUrl);
    if (!url) {
      throw badRequest('Avatars can be imported from Google, Gravatar or GitHub only');
    }
    const response = await got(url.toString(), { timeout: { request: 8_000 }, followRedirect: false, responseType: 'buffer' }); // SAFE ssrf
    const contentType = String(response.headers['content-type'] ?? '');
    if (!contentType.startsWith('image/') || response.body.length > MAX_AVATAR_BYTES) {
      throw badRequest('The link does not point to a small image');
    }
    await staffRepository.setAvatar(staff.sub, response.body, contentType);
  },

  async linkCalendarFeed(staff: StaffClaims, feedUrl: string): Promise<{ busySlots: number; nextBusy: string | null }> {
    const ics = await fetchIcsFeed(feedUrl.trim());
    const slots = parseBusySlots(ics).filter((slot) => slot.end.getTime() > Date.now());
    await staffRepository.setCalendarFeed(staff.sub, feedUrl.trim(), slots.length);
    const next = slots.sort((a, b) => a.start.getTime() - b.start.getTime())[0];
    return { busySlots: slots.length, nextBusy: next ? `${next.start.toISOString()} ${next.summary}` : null };
  },

  async registerWebhook(owner: StaffClaims, rawUrl: string, events: string[]): Promise<{ id: string; signingSecret: string }> {
    const url = parseWebhookUrl(rawUrl);
    if (!url) throw badRequest('Webhook URL must be an http(s) URL');
    const unknown = events.filter((event) => !WEBHOOK_EVENTS.has(event));
    if (unknown.length > 0) throw badRequest(`Unknown events: ${unknown.join(', ')}`);
    const signingSecret = crypto.randomBytes(24).toString('hex');
    const id = await staffRepository.insertWebhook(owner.sub, url.toString(), events, signingSecret);
    return { id, signingSecret };
  },
};
