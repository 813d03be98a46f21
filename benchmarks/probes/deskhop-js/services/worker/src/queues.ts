import amqp from 'amqplib';
import Redis from 'ioredis';
import { config } from './config';

export interface RedisJob {
  type: string;
  enqueuedAt?: string;
  [key: string]: unknown;
}

export type Handler<T> = (job: T) => Promise<void>;

let stopping = false;

export function stop(): void {
  stopping = true;
}

export async function consumeRedis(queue: string, handlers: Record<string, Handler<any>>): Promise<void> {
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  while (!stopping) {
    const item = await redis.brpop(queue, 5);
    if (!item) continue;
    const [, payload] = item;
    let job: RedisJob;
    try {
      job = JSON.parse(payload) as RedisJob;
    } catch {
      console.error('[worker] dropping malformed job', payload.slice(0, 200));
      continue;
    }
    const handler = Object.prototype.hasOwnProperty.call(handlers, job.type) ? handlers[job.type] : undefined;
    if (!handler) {
      console.warn(`[worker] no handler for ${job.type}`);
      continue;
    }
    try {
      await handler(job);
    } catch (err) {
      console.error(`[worker] ${job.type} failed`, err);
      await redis.lpush(config.queues.deadLetter, JSON.stringify({ ...job, error: String(err), failedAt: new Date().toISOString() }));
    }
  }
  redis.disconnect();
}

export async function consumeAmqp<T>(queue: string, handler: Handler<T>, prefetch = 2): Promise<void> {
  const connection = await amqp.connect(config.amqpUrl);
  const channel = await connection.createChannel();
  await channel.assertQueue(queue, { durable: true });
  await channel.prefetch(prefetch);
  await channel.consume(queue, async (msg) => {
    if (!msg) return;
    try {
      await handler(JSON.parse(msg.content.toString('utf8')) as T);
      channel.ack(msg);
    } catch (err) {
      console.error(`[worker] ${queue} message failed`, err);
      channel.nack(msg, false, false);
    }
  });
}
