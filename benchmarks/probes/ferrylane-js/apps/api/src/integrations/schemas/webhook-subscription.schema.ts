import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

export type WebhookEvent = 'booking.confirmed' | 'booking.cancelled' | 'sailing.status' | 'sailing.berth';

@Schema({ collection: 'webhook_subscriptions', timestamps: true })
export class WebhookSubscription {
  @Prop({ required: true, index: true })
  partnerId!: string;

  @Prop({ required: true })
  url!: string;

  @Prop({ type: [String], default: [] })
  events!: WebhookEvent[];

  @Prop({ required: true })
  signingSecret!: string;

  @Prop({ default: true })
  active!: boolean;

  @Prop({ default: 0 })
  consecutiveFailures!: number;
}

export type WebhookSubscriptionDocument = HydratedDocument<WebhookSubscription>;
export const WebhookSubscriptionSchema = SchemaFactory.createForClass(WebhookSubscription);
