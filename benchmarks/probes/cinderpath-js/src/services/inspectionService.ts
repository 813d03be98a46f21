import Boom from '@hapi/boom';
import { Prisma } from '@prisma/client';
import { inspectionRepository } from '../repositories/inspectionRepository';
import type { ChecklistOverrides, InspectionListQuery } from '../dto/inspection';
import { CHECKLIST_FIELDS } from '../dto/inspection';
import { AreaSearchDto, ZIP_CODE } from '../dto/property';
import { generateAccessCode } from '../lib/security/tokens';
import { nl2br } from '../lib/html';
import { fireWeatherAt } from '../integrations/publicDataClient';
import { publish, Topics, InspectionCompletedMessage, NotificationQueuedMessage } from '../queue/kafka';

/** Friendly sort keys used by the scheduler dashboard. */
const SORT_COLUMNS: Record<string, string> = {
  scheduled: 'i.scheduled_for',
  status: 'i.status',
  tier: 'p.risk_tier',
  score: 'i.risk_score',
  county: 'p.county',
  insured: 'p.insured_name',
};

export async function listInspections(query: InspectionListQuery) {
  // The legacy dashboard still sends qualified column names (e.g. "p.zip").
  const sortColumn = SORT_COLUMNS[query.sort] ?? query.sort;
  const rows = await inspectionRepository.listForCarrier({
    carrierId: query.carrierId,
    status: query.status,
    sortColumn,
    direction: query.direction === 'desc' ? 'DESC' : 'ASC',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { page: query.page, pageSize: query.pageSize, rows };
}

export async function calendar(carrierId: string, fromIso: string, toIso: string) {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) {
    throw Boom.badRequest('invalid date range');
  }
  return inspectionRepository.calendar(carrierId, from, to);
}

export async function searchByArea(carrierId: string, dto: AreaSearchDto) {
  if (!ZIP_CODE.test(dto.zip)) {
    throw Boom.badRequest('zip must be five digits');
  }
  const county = dto.county.trim();
  if (county.length === 0 || county.length > 64) {
    throw Boom.badRequest('county is required');
  }
  const minTier = Number.isInteger(dto.minTier) ? (dto.minTier as number) : 0;
  return inspectionRepository.searchByArea(carrierId, dto.zip, county, minTier);
}

export async function countyBacklog(carrierId: string, county: string) {
  return inspectionRepository.countyBacklog(carrierId, county.trim());
}

export async function schedule(inspectionId: string, whenIso: string, recipient: string) {
  const inspection = await inspectionRepository.findById(inspectionId);
  if (!inspection) throw Boom.notFound('inspection not found');
  const when = new Date(whenIso);
  if (Number.isNaN(when.getTime()) || when.getTime() < Date.now()) {
    throw Boom.badRequest('scheduled time must be in the future');
  }
  const weather = await fireWeatherAt(inspection.property.latitude, inspection.property.longitude);
  if (weather.redFlagWarning) {
    throw Boom.conflict('red flag warning in effect for this location; choose another day');
  }
  const updated = await inspectionRepository.updateStatus(inspectionId, 'scheduled', {
    scheduledFor: when,
    accessCode: inspection.accessCode ?? generateAccessCode(),
  });
  const message: NotificationQueuedMessage = { kind: 'inspection-scheduled', inspectionId, recipient };
  await publish(Topics.notificationQueued, inspectionId, message);
  return updated;
}

/** Light formatting for inspector field notes: **bold** and line breaks. */
function formatFieldNotes(raw: string): string {
  return nl2br(raw.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>'));
}

export async function saveFieldNotes(inspectionId: string, raw: string) {
  if (raw.length > 20_000) throw Boom.badRequest('notes too long');
  return inspectionRepository.saveFieldNotes(inspectionId, formatFieldNotes(raw));
}

function renderNoteHtml(body: string): string {
  return nl2br(body).replace(/@([a-z0-9_.-]+)/gi, '<a class="mention" href="/people/$1">@$1</a>');
}

export async function addNote(inspectionId: string, authorId: string, body: string) {
  const trimmed = body.trim();
  if (!trimmed) throw Boom.badRequest('empty note');
  return inspectionRepository.addNote(inspectionId, authorId, trimmed, renderNoteHtml(trimmed));
}

export async function applyChecklistOverrides(inspectionId: string, overrides: Record<string, unknown>) {
  const inspection = await inspectionRepository.findById(inspectionId);
  if (!inspection) throw Boom.notFound('inspection not found');
  const checklist: Record<string, unknown> = { ...((inspection.checklist as Record<string, unknown>) ?? {}) };
  for (const field of CHECKLIST_FIELDS) {
    if (Object.prototype.hasOwnProperty.call(overrides, field)) {
      checklist[field] = overrides[field as keyof ChecklistOverrides]; // SAFE proto
    }
  }
  await inspectionRepository.saveChecklist(inspectionId, checklist as Prisma.InputJsonValue);
  return checklist;
}

export async function complete(inspectionId: string) {
  const inspection = await inspectionRepository.findById(inspectionId);
  if (!inspection) throw Boom.notFound('inspection not found');
  await inspectionRepository.updateStatus(inspectionId, 'completed');
  const message: InspectionCompletedMessage = {
    inspectionId,
    carrierId: inspection.carrierId,
    completedAt: new Date().toISOString(),
  };
  await publish(Topics.inspectionCompleted, inspectionId, message);
}

export async function cancel(inspectionId: string) {
  return inspectionRepository.updateStatus(inspectionId, 'cancelled', { scheduledFor: null });
}

export function getInspection(inspectionId: string) {
  return inspectionRepository.findById(inspectionId);
}
