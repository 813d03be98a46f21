import { readFileSync } from 'node:fs';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { config } from '../config';
import { logger } from '../lib/logger';

function loadCa(): string[] {
  try {
    return [readFileSync(config.kafka.caPath, 'utf8')];
  } catch {
    logger.warn('kafka CA bundle not found, using system store', { path: config.kafka.caPath });
    return [];
  }
}

export const kafka = new Kafka({
  clientId: config.kafka.clientId,
  brokers: config.kafka.brokers,
  ssl: { rejectUnauthorized: true, ca: loadCa() }, // SAFE tls
  sasl: config.kafka.username
    ? { mechanism: 'scram-sha-512', username: config.kafka.username, password: config.kafka.password }
    : undefined,
  logLevel: logLevel.WARN,
});

let producer: Producer | null = null;

async function getProducer(): Promise<Producer> {
  if (!producer) {
    producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true });
    await producer.connect();
  }
  return producer;
}

export async function publish<T extends object>(topic: Topic, key: string, message: T): Promise<void> {
  const p = await getProducer();
  await p.send({
    topic,
    messages: [{ key, value: JSON.stringify(message), headers: { 'content-type': 'application/json' } }],
  });
}

export async function disconnectProducer(): Promise<void> {
  if (producer) {
    await producer.disconnect();
    producer = null;
  }
}

export const Topics = {
  reportRequested: 'cinderpath.report.requested',
  imageryRequested: 'cinderpath.imagery.requested',
  inspectionCompleted: 'cinderpath.inspection.completed',
  notificationQueued: 'cinderpath.notification.queued',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

export interface ReportRequestedMessage {
  inspectionId: string;
  title: string;
  includePhotos: boolean;
  requestedBy: string;
}

export interface ImageryRequestedMessage {
  propertyId: string;
  sourceUrl: string;
  capturedAt?: string;
  requestedBy: string;
}

export interface InspectionCompletedMessage {
  inspectionId: string;
  carrierId: string;
  completedAt: string;
}

export interface NotificationQueuedMessage {
  kind: 'inspection-scheduled' | 'report-ready';
  inspectionId: string;
  recipient: string;
}
