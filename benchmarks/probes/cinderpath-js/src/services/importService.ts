import Boom from '@hapi/boom';
import AdmZip from 'adm-zip';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import yaml from 'js-yaml';
import { config } from '../config';
import { logger } from '../lib/logger';
import { propertyRepository } from '../repositories/propertyRepository';
import { assertPolicyNumber } from '../dto/property';
import {
  AppraisalParcel,
  findParcelByApn,
  findPolicyNode,
  loadAppraisalDocument,
  parseCarrierManifest,
} from '../integrations/xml';

export interface ManifestImportResult {
  batchId: string;
  files: number;
  properties: number;
}

/**
 * Carriers upload a zip containing manifest.xml plus supporting documents
 * (prior inspection PDFs, declarations pages) that we keep with the batch.
 */
export async function importManifestArchive(carrierId: string, archive: Buffer): Promise<ManifestImportResult> {
  const batchId = randomUUID();
  const batchDir = path.join(config.storage.importsDir, carrierId, batchId);
  fs.mkdirSync(batchDir, { recursive: true });

  const zip = new AdmZip(archive);
  let files = 0;
  let manifestXml: string | null = null;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const data = entry.getData();
    if (entry.entryName.toLowerCase().endsWith('manifest.xml')) {
      manifestXml = data.toString('utf8');
    }
    const target = path.join(batchDir, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data); // VULN zipslip
    files += 1;
  }
  if (!manifestXml) throw Boom.badRequest('archive has no manifest.xml');

  const rows = await parseCarrierManifest(manifestXml);
  let properties = 0;
  for (const row of rows) {
    try {
      assertPolicyNumber(row.policyNumber);
    } catch {
      logger.warn('skipping manifest row with bad policy number', { batchId });
      continue;
    }
    await propertyRepository.upsertFromManifest(carrierId, row);
    properties += 1;
  }
  logger.info('manifest imported', { carrierId, batchId, files, properties });
  return { batchId, files, properties };
}

export async function lookupAppraisal(xml: string, apn: string): Promise<AppraisalParcel> {
  const doc = loadAppraisalDocument(xml);
  const parcel = findParcelByApn(doc, apn.trim());
  if (!parcel) throw Boom.notFound(`parcel ${apn} not in appraisal file`);
  return parcel;
}

export async function lookupPolicyInAppraisal(xml: string, policyNumber: string) {
  let checked: string;
  try {
    checked = assertPolicyNumber(policyNumber);
  } catch (err) {
    throw Boom.badRequest((err as Error).message);
  }
  const doc = loadAppraisalDocument(xml);
  const node = findPolicyNode(doc, checked);
  if (!node) throw Boom.notFound('policy not present');
  return { policyNumber: checked, parcels: node.find('parcel').length };
}

export interface ChecklistTemplate {
  name: string;
  version: number;
  sections: Array<{ title: string; items: string[] }>;
}

/** Carrier-specific inspection checklists, authored in YAML by carrier risk teams. */
export function parseChecklistTemplate(text: string): ChecklistTemplate {
  const doc = yaml.load(text) as ChecklistTemplate; // VULN deser
  if (!doc || typeof doc.name !== 'string' || !Array.isArray(doc.sections)) {
    throw Boom.badRequest('checklist must have a name and sections');
  }
  return { name: doc.name, version: Number(doc.version ?? 1), sections: doc.sections };
}

export interface RegionDefaults {
  region: string;
  defensibleSpaceFt: number;
  emberZoneFt: number;
}

/** Region defaults maintained by our own ops team. */
export function parseRegionDefaults(text: string): RegionDefaults[] {
  const doc = yaml.safeLoad(text) as { regions?: RegionDefaults[] } | undefined; // SAFE deser
  return Array.isArray(doc?.regions) ? doc!.regions : [];
}
