import Joi from 'joi';

export const WEBHOOK_EVENTS = ['inspection.scheduled', 'inspection.completed', 'report.ready'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookRegistrationDto {
  event: WebhookEvent;
  targetUrl: string;
}

export const webhookRegistrationSchema = Joi.object<WebhookRegistrationDto>({
  event: Joi.string().valid(...WEBHOOK_EVENTS).required(),
  targetUrl: Joi.string().uri({ scheme: ['https', 'http'] }).max(2048).required(),
});

export interface WebhookPayload {
  event: WebhookEvent;
  occurredAt: string;
  data: Record<string, unknown>;
}
