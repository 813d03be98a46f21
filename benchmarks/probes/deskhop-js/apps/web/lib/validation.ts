import { z } from 'zod';
import { SITES, type Site } from './config';
import { HttpError } from './http/errors';

export const siteSchema = z.enum(SITES);

export function parseSite(value: unknown): Site {
  const result = siteSchema.safeParse(value);
  if (!result.success) {
    throw new HttpError(400, 'Unknown site');
  }
  return result.data;
}

export const bookingListQuery = z.object({
  site: siteSchema,
  sort: z.enum(['start', 'created', 'space', 'member', 'status']).default('start'),
  dir: z.string().default('asc'),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type BookingListQuery = z.infer<typeof bookingListQuery>;

export const newBookingSchema = z.object({
  spaceId: z.coerce.number().int().positive(),
  startsAt: z.coerce.date(),
  hours: z.coerce.number().min(0.5).max(12),
  notes: z.string().max(500).optional(),
});
export type NewBookingInput = z.infer<typeof newBookingSchema>;

export const newPostSchema = z.object({
  title: z.string().trim().min(3).max(140),
  body: z.string().min(1).max(20_000),
  site: siteSchema,
  tags: z.array(z.string().trim().toLowerCase().max(24)).max(5).default([]),
});
export type NewPostInput = z.infer<typeof newPostSchema>;

export const commentSchema = z.object({
  text: z.string().trim().min(1).max(2000),
});

export const webhookTestSchema = z.object({
  url: z.string().url(),
  event: z.enum(['booking.created', 'booking.cancelled', 'invoice.issued', 'visitor.arrived']),
});

export const resetRequestSchema = z.object({
  email: z.string().email(),
});

export const resetCompleteSchema = z.object({
  token: z.string().min(10).max(64),
  password: z.string().min(10).max(200),
});
