import { knex } from '../db';
import type { PlainObject } from '../lib/merge';
import type { StaffRecord } from '../types';

export interface WebhookRecord {
  id: string;
  owner_id: string;
  url: string;
  events: string[];
  signing_secret: string;
  active: boolean;
}

export const staffRepository = {
  async findByEmail(email: string): Promise<StaffRecord | null> {
    const row = await knex('staff').where({ email: email.toLowerCase(), active: true }).first();
    return (row as StaffRecord | undefined) ?? null;
  },

  async findById(id: string): Promise<StaffRecord | null> {
    const row = await knex('staff').where({ id }).first();
    return (row as StaffRecord | undefined) ?? null;
  },

  async storeResetToken(staffId: string, tokenHash: string): Promise<void> {
    await knex('staff_password_resets').insert({
      staff_id: staffId,
      token_hash: tokenHash,
      expires_at: knex.raw("now() + interval '30 minutes'"),
    });
  },

  async queueMail(to: string, template: string, data: PlainObject): Promise<void> {
    await knex('mail_outbox').insert({ recipient: to, template, data, queued_at: knex.fn.now() });
  },

  async saveSsoState(state: string, returnTo: string | null): Promise<void> {
    await knex('sso_states').insert({ state, return_to: returnTo, created_at: knex.fn.now() });
  },

  async consumeSsoState(state: string): Promise<{ return_to: string | null } | null> {
    const rows = await knex('sso_states')
      .where({ state })
      .andWhere('created_at', '>', knex.raw("now() - interval '10 minutes'"))
      .del()
      .returning(['return_to']);
    return rows[0] ?? null;
  },

  async insertWebhook(ownerId: string, url: string, events: string[], signingSecret: string): Promise<string> {
    const [row] = await knex('webhooks')
      .insert({ owner_id: ownerId, url, events: JSON.stringify(events), signing_secret: signingSecret, active: true })
      .returning('id');
    return row.id;
  },

  async findWebhook(id: string): Promise<WebhookRecord | null> {
    const row = await knex('webhooks').where({ id }).first();
    return (row as WebhookRecord | undefined) ?? null;
  },

  async webhooksForEvent(event: string, courseTeacherId: string | null): Promise<WebhookRecord[]> {
    const query = knex('webhooks').where({ active: true }).whereRaw('events \\? ?', [event]);
    if (courseTeacherId) {
      query.andWhere((q) => q.where({ owner_id: courseTeacherId }).orWhereIn('owner_id', knex('staff').select('id').where({ role: 'admin' })));
    }
    return query;
  },

  async recordDelivery(webhookId: string, event: string, status: number): Promise<void> {
    await knex('webhook_deliveries').insert({ webhook_id: webhookId, event, status, delivered_at: knex.fn.now() });
  },

  async schoolSettings(): Promise<PlainObject> {
    const row = await knex('school_settings').select('data').where({ id: 1 }).first();
    return (row?.data as PlainObject | undefined) ?? {};
  },

  async saveSchoolSettings(data: PlainObject, updatedBy: string): Promise<void> {
    await knex('school_settings')
      .insert({ id: 1, data, updated_by: updatedBy })
      .onConflict('id')
      .merge({ data, updated_by: updatedBy, updated_at: knex.fn.now() });
  },

  async setAvatar(staffId: string, image: Buffer, contentType: string): Promise<void> {
    await knex('staff_avatars')
      .insert({ staff_id: staffId, image, content_type: contentType })
      .onConflict('staff_id')
      .merge({ image, content_type: contentType, updated_at: knex.fn.now() });
  },

  async setCalendarFeed(staffId: string, url: string, busySlots: number): Promise<void> {
    await knex('staff').where({ id: staffId }).update({ calendar_feed_url: url, calendar_busy_slots: busySlots });
  },
};
