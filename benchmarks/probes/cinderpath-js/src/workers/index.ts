import type { Consumer, EachMessagePayload } from 'kafkajs';
import { kafka, disconnectProducer, Topics, Topic } from '../queue/kafka';
import { handleInspectionCompleted } from './completionWorker';
import { handleNotification } from './notificationWorker';
import { logger } from '../lib/logger';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { handleReportRequested } = require('./reportWorker');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { handleImageryRequested } = require('./imageryWorker');

type Handler = (payload: EachMessagePayload) => Promise<void>;

const ROUTES: Array<{ topic: Topic; groupId: string; handler: Handler }> = [
  { topic: Topics.reportRequested, groupId: 'cinderpath-reports', handler: handleReportRequested },
  { topic: Topics.imageryRequested, groupId: 'cinderpath-imagery', handler: handleImageryRequested },
  { topic: Topics.inspectionCompleted, groupId: 'cinderpath-completion', handler: handleInspectionCompleted },
  { topic: Topics.notificationQueued, groupId: 'cinderpath-notifications', handler: handleNotification },
];

const consumers: Consumer[] = [];

async function start(): Promise<void> {
  for (const route of ROUTES) {
    const consumer = kafka.consumer({ groupId: route.groupId, sessionTimeout: 30_000 });
    await consumer.connect();
    await consumer.subscribe({ topic: route.topic, fromBeginning: false });
    await consumer.run({
      partitionsConsumedConcurrently: 2,
      eachMessage: async (payload) => {
        try {
          await route.handler(payload);
        } catch (err) {
          logger.error('message handling failed', {
            topic: payload.topic,
            partition: payload.partition,
            offset: payload.message.offset,
            error: err instanceof Error ? err.message : String(err),
          });
          throw err;
        }
      },
    });
    consumers.push(consumer);
    logger.info('consumer started', { topic: route.topic, groupId: route.groupId });
  }
}

async function shutdown(signal: string): Promise<void> {
  logger.info('shutting down workers', { signal });
  await Promise.allSettled(consumers.map((c) => c.disconnect()));
  await disconnectProducer();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

start().catch((err) => {
  logger.error('worker bootstrap failed', { error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
