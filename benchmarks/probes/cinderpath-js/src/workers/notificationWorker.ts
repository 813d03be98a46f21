import type { EachMessagePayload } from 'kafkajs';
import { request } from 'undici';
import { inspectionRepository } from '../repositories/inspectionRepository';
import { renderReportReadyEmail, renderScheduledEmail } from '../services/notificationService';
import type { NotificationQueuedMessage } from '../queue/kafka';
import { config } from '../config';
import { logger } from '../lib/logger';

const MAIL_API = process.env.MAIL_API_URL ?? 'https://mail.internal.cinderpath.io/v1/send';

async function sendEmail(to: string, subject: string, html: string): Promise<void> {
  const res = await request(MAIL_API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_TOKEN ?? ''}` },
    body: JSON.stringify({ to, subject, html, from: 'Cinderpath Inspections <no-reply@cinderpath.io>' }),
  });
  await res.body.dump();
  if (res.statusCode >= 300) throw new Error(`mail API responded ${res.statusCode}`);
}

/** Consumes cinderpath.notification.queued. */
export async function handleNotification({ message }: EachMessagePayload): Promise<void> {
  const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as NotificationQueuedMessage;
  const inspection = await inspectionRepository.findById(event.inspectionId);
  if (!inspection) {
    logger.warn('notification for unknown inspection', { inspectionId: event.inspectionId });
    return;
  }
  const { property } = inspection;
  const carrier = property.carrier;

  if (event.kind === 'inspection-scheduled') {
    const html = renderScheduledEmail(carrier, {
      homeownerName: property.insuredName,
      carrierName: carrier.displayName,
      address: `${property.street}, ${property.city}`,
      scheduledFor: inspection.scheduledFor ?? new Date(),
      accessCode: inspection.accessCode ?? '',
      accessInstructions: property.accessNotes,
      portalUrl: `${config.http.publicBaseUrl}/portal/inspections/${inspection.id}`,
      riskTier: property.riskTier,
    });
    await sendEmail(event.recipient, `Your wildfire inspection with ${carrier.displayName}`, html);
  } else if (event.kind === 'report-ready') {
    const html = renderReportReadyEmail(carrier, {
      insuredName: property.insuredName,
      carrierName: carrier.displayName,
      policyNumber: property.policyNumber,
      reportUrl: `${config.http.publicBaseUrl}/reports/${encodeURIComponent(`${inspection.id}.pdf`)}`,
      riskScore: inspection.riskScore,
    });
    await sendEmail(event.recipient, `Inspection report ready – ${property.policyNumber}`, html);
  }
  logger.info('notification sent', { kind: event.kind, inspectionId: inspection.id });
}
