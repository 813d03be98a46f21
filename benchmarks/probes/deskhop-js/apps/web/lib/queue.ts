import Redis from 'ioredis';
import amqp from 'amqplib';
import { config } from './config';

export type JobEnvelope =
  | { type: 'avatar.fetch'; memberId: number; avatarUrl: string }
  | { type: 'mail.send'; to: string; template: string; data: Record<string, string> }
  | { type: 'bookings.export'; requestedBy: number; site: string; month: string };

let redis: Redis | undefined;
let channel: Promise<amqp.ConfirmChannel> | undefined;

function getRedis(): Redis {
  if (!redis) {
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    redis.on('error', (err) => console.error('[queue] redis error', err.message));
  }
  return redis;
}

function getChannel(): Promise<amqp.ConfirmChannel> {
  if (!channel) {
    channel = amqp.connect(config.amqpUrl).then(async (conn) => {
      conn.on('close', () => {
        channel = undefined;
      });
      return conn.createConfirmChannel();
    });
  }
  return channel;
}

export async function enqueueJob(job: JobEnvelope): Promise<void> {
  const envelope = { ...job, enqueuedAt: new Date().toISOString() };
  await getRedis().lpush(config.queues.jobs, JSON.stringify(envelope));
}

export async function publish(queue: string, message: Record<string, unknown>): Promise<void> {
  const ch = await getChannel();
  await ch.assertQueue(queue, { durable: true });
  ch.sendToQueue(queue, Buffer.from(JSON.stringify(message)), {
    persistent: true,
    contentType: 'application/json',
  });
  await ch.waitForConfirms();
}
