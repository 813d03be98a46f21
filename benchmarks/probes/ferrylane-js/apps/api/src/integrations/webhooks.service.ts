import { InjectQueue } from '@nestjs/bull';
import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import { Queue } from 'bull';
import { randomBytes } from 'crypto';
import { Model } from 'mongoose';
import { request } from 'undici';
import { isAllowedPartnerUrl } from '../common/util/input-guards';
import { WebhookEvent, WebhookSubscription, WebhookSubscriptionDocument } from './schemas/webhook-subscription.schema';

export interface NewSubscription {
  partnerId: string;
  url: string;
  events: WebhookEvent[];
}

export interface OpsChannelRequest {
  portCode: string;
  url: string;
}

export interface DeliveryJob {
  subscriptionId: string;
  event: WebhookEvent;
  payload: Record<string, unknown>;
  occurredAt: string;
}

const OPS_CHAT_HOSTS = ['hooks.slack.com', 'chat.ferrylane.example'] as const;

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly opsChannels = new Map<string, string>();

  constructor(
    @InjectModel(WebhookSubscription.name) private readonly subscriptions: Model<WebhookSubscriptionDocument>,
    @InjectQueue('webhooks') private readonly deliveries: Queue<DeliveryJob>,
    private readonly config: ConfigService,
  ) {}

  async subscribe(dto: NewSubscription): Promise<{ id: string; signingSecret: string }> {
    const signingSecret = randomBytes(32).toString('base64url');
    const doc = await this.subscriptions.create({
      partnerId: dto.partnerId,
      url: dto.url,
      events: dto.events,
      signingSecret,
      active: true,
    });
    return { id: doc.id, signingSecret };
  }

  async list(partnerId: string) {
    return this.subscriptions.find({ partnerId: { $eq: partnerId } }, { signingSecret: 0 }).lean();
  }

  async publish(event: WebhookEvent, payload: Record<string, unknown>): Promise<number> {
    const subs = await this.subscriptions.find({ active: true, events: event }, { _id: 1 }).lean();
    const occurredAt = new Date().toISOString();
    await Promise.all(
      subs.map((s) =>
        this.deliveries.add('deliver', { subscriptionId: String(s._id), event, payload, occurredAt }, { backoff: 30_000 }),
      ),
    );
    return subs.length;
  }

  async replay(subscriptionId: string, event: WebhookEvent, payload: Record<string, unknown>): Promise<void> {
    const exists = await this.subscriptions.exists({ _id: subscriptionId });
    if (!exists) {
      throw new NotFoundException('Subscription not found');
    }
    await this.deliveries.add('deliver', { subscriptionId, event, payload, occurredAt: new Date().toISOString() });
  }

  /**
   * Port duty managers register the chat channel that receives disruption
   * alerts; a confirmation message is posted straight away.
   */
  async registerOpsChannel(dto: OpsChannelRequest): Promise<void> {
    if (!isAllowedPartnerUrl(dto.url, OPS_CHAT_HOSTS)) {
      throw new BadRequestException('Ops channel must be a Slack or Ferrylane chat incoming webhook');
    }
    const { statusCode, body } = await request(dto.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `Ferrylane alerts for ${dto.portCode} will be posted here.` }) }); // SAFE ssrf
    await body.dump();
    if (statusCode >= 300) {
      throw new BadRequestException(`Channel rejected the confirmation (${statusCode})`);
    }
    this.opsChannels.set(dto.portCode, dto.url);
    this.logger.log(`Ops channel registered for ${dto.portCode}`);
  }
}
