import Boom from '@hapi/boom';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { resolveInside, PathEscapeError } from '../lib/security/paths';
import { inspectionRepository } from '../repositories/inspectionRepository';
import { publish, Topics, ReportRequestedMessage } from '../queue/kafka';
import type { ReportRequestDto } from '../dto/inspection';

export interface ReportFile {
  stream: fs.ReadStream;
  filename: string;
  size: number;
}

/**
 * Finished inspection reports. Carrier portals link to them with the file name
 * URL-encoded a second time (their CMS encodes spaces in "Smith Residence.pdf").
 */
export async function openReport(requested: string): Promise<ReportFile> {
  if (requested.includes('..') || path.isAbsolute(requested)) {
    throw Boom.badRequest('invalid report name');
  }
  const name = decodeURIComponent(requested);
  const fullPath = path.join(config.storage.reportsDir, name);
  const stat = await fs.promises.stat(fullPath).catch(() => null);
  if (!stat || !stat.isFile()) throw Boom.notFound('report not found');
  return { stream: fs.createReadStream(fullPath), filename: path.basename(name), size: stat.size }; // VULN path
}

/** Scheduled CSV exports written by the nightly job. */
export async function openExport(requested: string): Promise<ReportFile> {
  let fullPath: string;
  try {
    fullPath = resolveInside(config.storage.exportsDir, requested);
  } catch (err) {
    if (err instanceof PathEscapeError) throw Boom.badRequest('invalid export name');
    throw err;
  }
  const stat = await fs.promises.stat(fullPath).catch(() => null);
  if (!stat || !stat.isFile()) throw Boom.notFound('export not found');
  return { stream: fs.createReadStream(fullPath), filename: path.basename(fullPath), size: stat.size }; // SAFE path
}

export async function requestReport(dto: ReportRequestDto, requestedBy: string) {
  const inspection = await inspectionRepository.findById(dto.inspectionId);
  if (!inspection) throw Boom.notFound('inspection not found');
  if (inspection.status !== 'completed') {
    throw Boom.conflict('reports can only be generated for completed inspections');
  }
  const message: ReportRequestedMessage = {
    inspectionId: inspection.id,
    title: dto.title,
    includePhotos: dto.includePhotos,
    requestedBy,
  };
  await publish(Topics.reportRequested, inspection.id, message);
  return { queued: true, inspectionId: inspection.id };
}
