import type { APIRoute } from 'astro';
import { CLOCK_TYPES, type ClockType } from '@escapement/core/entities';
import { quoteRepository } from '@escapement/core/repositories/quoteRepository';
import { parseHttpsUrl, ValidationError } from '@escapement/core/util/guards';

export const prerender = false;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

function text(form: FormData, key: string, max: number): string {
  const value = form.get(key);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/**
 * "Request a quotation" form on the public site. Trade customers (dealers, auction houses)
 * may supply a callback URL to receive status updates for their consignments.
 */
export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData();

  const name = text(form, 'name', 120);
  const email = text(form, 'email', 200).toLowerCase();
  const clockType = text(form, 'clockType', 20);
  const description = text(form, 'description', 4000);
  const message = text(form, 'message', 4000);
  const phone = text(form, 'phone', 40);
  const callback = text(form, 'callbackUrl', 2048);

  if (name.length < 2) return json({ error: 'Please tell us your name' }, 422);
  if (!EMAIL.test(email)) return json({ error: 'Please enter a valid email address' }, 422);
  if (!(CLOCK_TYPES as readonly string[]).includes(clockType)) return json({ error: 'Please choose the type of clock' }, 422);
  if (description.length < 20) return json({ error: 'Please describe the clock and what is wrong with it' }, 422);

  let callbackUrl: string | undefined;
  if (callback) {
    try {
      callbackUrl = parseHttpsUrl(callback, 'callbackUrl').toString();
    } catch (err) {
      if (err instanceof ValidationError) return json({ error: err.message }, 422);
      throw err;
    }
  }

  const repo = await quoteRepository();
  const saved = await repo.createRequest({
    name,
    email,
    phone: phone || undefined,
    clockType: clockType as ClockType,
    description,
    message: message || undefined,
    callbackUrl,
    preferredContact: form.get('preferredContact') === 'phone' ? 'phone' : 'email',
  });

  return json({ id: saved.id, receivedAt: saved.createdAt.toISOString() }, 201);
};
