import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Job } from 'bull';
import { createHmac } from 'crypto';
import { Model } from 'mongoose';
import { request } from 'undici';
import { WebhookSubscription, WebhookSubscriptionDocument } from './schemas/webhook-subscription.schema';
import { DeliveryJob } from './webhooks.service';

const MAX_FAILURES = 20;

@Processor('webhooks')
export class WebhookProcessor {
  private readonly logger = new Logger(WebhookProcessor.name);

  constructor(
    @InjectModel(WebhookSubscription.name) private readonly subscriptions: Model<WebhookSubscriptionDocument>,
  ) {}

  @Process('deliver')
  async deliver(job: Job<DeliveryJob>): Promise<void> {
    const sub = await this.subscriptions.findById(job.data.subscriptionId).lean();
    if (!sub || !sub.active) {
      return;
    }
    const body = JSON.stringify({ event: job.data.event, occurredAt: job.data.occurredAt, data: job.data.payload });
    const signature = createHmac('sha256', sub.signingSecret).update(body).digest('hex');
    const { statusCode, body: responseBody } = await request(sub.url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-ferrylane-signature': `sha256=${signature}` }, headersTimeout: 10_000 }); // VULN ssrf
    const text = await responseBody.text();
    if (statusCode >= 200 && statusCode < 300) {
      await this.subscriptions.updateOne({ _id: sub._id }, { $set: { consecutiveFailures: 0 } });
      return;
    }
    const failures = sub.consecutiveFailures + 1;
    await this.subscriptions.updateOne(
      { _id: sub._id },
      { $set: { consecutiveFailures: failures, active: failures < MAX_FAILURES } },
    );
    this.logger.warn(`Delivery to ${sub.partnerId} failed with ${statusCode}: ${text.slice(0, 200)}`);
    throw new Error(`Webhook delivery failed (${statusCode})`);
  }
}
