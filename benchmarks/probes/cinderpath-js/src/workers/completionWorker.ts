import type { EachMessagePayload } from 'kafkajs';
import { inspectionRepository } from '../repositories/inspectionRepository';
import { score, RiskFactors } from '../services/riskScoring';
import { fanOut } from '../services/webhookService';
import { pushInspectionStatus } from '../integrations/carrierClient';
import type { InspectionCompletedMessage } from '../queue/kafka';
import { logger } from '../lib/logger';

const ROOF_CLASS: Record<string, number> = { A: 1, B: 2, C: 3, unrated: 4 };

function factorsFrom(checklist: Record<string, unknown> | null, riskTier: number): RiskFactors {
  const c = checklist ?? {};
  const num = (key: string, fallback: number) => {
    const v = Number(c[key]);
    return Number.isFinite(v) ? v : fallback;
  };
  return {
    slope: num('slopePercent', 10),
    fuel: num('fuelLoad', riskTier * 18),
    distance: num('distanceToWildlandFt', 500),
    defensible: (c.zone0Clear ? 40 : 0) + (c.zone1Clear ? 40 : 0) + (c.gutterGuards ? 20 : 0),
    roofClass: ROOF_CLASS[String(c.roofClass ?? 'unrated')] ?? 4,
    emberExposure: c.ventScreening ? 20 : 70,
  };
}

/** Consumes cinderpath.inspection.completed: scores the risk and notifies the carrier. */
export async function handleInspectionCompleted({ message }: EachMessagePayload): Promise<void> {
  const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as InspectionCompletedMessage;
  const log = logger.child({ inspectionId: event.inspectionId, worker: 'completion' });

  const inspection = await inspectionRepository.findById(event.inspectionId);
  if (!inspection) {
    log.warn('completed inspection not found');
    return;
  }
  const { property } = inspection;
  const factors = factorsFrom(inspection.checklist as Record<string, unknown> | null, property.riskTier);
  const riskScore = score(property.carrier.riskFormula, factors);
  await inspectionRepository.saveRiskScore(inspection.id, riskScore);
  log.info('risk scored', { riskScore });

  const deliveries = await fanOut(event.carrierId, {
    event: 'inspection.completed',
    occurredAt: event.completedAt,
    data: { inspectionId: inspection.id, policyNumber: property.policyNumber, riskScore },
  });
  log.info('webhooks delivered', { deliveries });

  await pushInspectionStatus({
    carrierCode: property.carrier.code,
    policyNumber: property.policyNumber,
    inspectionId: inspection.id,
    status: 'completed',
    riskScore,
  });
}
