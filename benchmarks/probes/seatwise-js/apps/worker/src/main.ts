import {
  AttendeeExportJobData,
  QUEUE_EXPORTS,
  QUEUE_FEEDS,
  QUEUE_REFUNDS,
  QUEUE_TICKETS,
  RefundJobData,
  TicketPdfJobData,
  VenueFeedJobData,
} from '@seatwise/contracts';
import { Worker } from 'bullmq';
import { MongoClient } from 'mongodb';
import { loadWorkerConfig } from './config';
import { attendeeExportProcessor } from './jobs/attendee-export.job';
import { refundProcessor } from './jobs/refund.job';
import { ticketPdfProcessor } from './jobs/ticket-pdf.job';
import { venueFeedProcessor } from './jobs/venue-feed.job';
import { createPool } from './lib/db';
import { createLogger } from './lib/logger';
import { createPaymentClient } from './lib/payment-client';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = createLogger('worker');
  const connection = config.redis;

  const db = createPool(config.databaseUrl);
  const mongo = await MongoClient.connect(config.mongoUrl);
  const payments = createPaymentClient(config);

  const workers: Worker[] = [
    new Worker<RefundJobData>(QUEUE_REFUNDS, refundProcessor({ payments, db, logger: createLogger('refunds') }), {
      connection,
      concurrency: config.concurrency.refunds,
    }),
    new Worker<AttendeeExportJobData>(
      QUEUE_EXPORTS,
      attendeeExportProcessor({ db, config, logger: createLogger('exports') }),
      { connection, concurrency: config.concurrency.exports },
    ),
    new Worker<TicketPdfJobData>(QUEUE_TICKETS, ticketPdfProcessor({ config, logger: createLogger('tickets') }), {
      connection,
      concurrency: config.concurrency.tickets,
    }),
    new Worker<VenueFeedJobData>(
      QUEUE_FEEDS,
      venueFeedProcessor({
        profiles: mongo.db().collection('venue_profiles'),
        feedEvents: mongo.db().collection('venue_feed_events'),
        logger: createLogger('feeds'),
      }),
      { connection, concurrency: config.concurrency.feeds },
    ),
  ];

  for (const worker of workers) {
    worker.on('failed', (job, err) => {
      logger.error('job failed', { queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, error: err.message });
    });
    worker.on('error', (err) => logger.error('worker error', { queue: worker.name, error: err.message }));
  }
  logger.info('workers started', { queues: workers.map((w) => w.name) });

  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all([db.end(), mongo.close()]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`worker failed to start: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
