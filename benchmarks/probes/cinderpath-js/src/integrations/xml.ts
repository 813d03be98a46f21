import libxmljs from 'libxmljs';
import { parseStringPromise } from 'xml2js';

export interface AppraisalParcel {
  apn: string;
  assessedValue: number | null;
  yearBuilt: number | null;
  roofMaterial: string | null;
  defensibleSpaceFt: number | null;
}

export interface ManifestEntry {
  policyNumber: string;
  insuredName: string;
  street: string;
  city: string;
  county: string;
  zip: string;
  latitude: number;
  longitude: number;
}

function numberOrNull(raw: string | undefined | null): number | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/**
 * County appraisal exports (CAMA XML). Some counties ship the roof and
 * construction code tables as DTD entities, so entity substitution is needed.
 */
export function loadAppraisalDocument(xml: string): libxmljs.Document {
  return libxmljs.parseXml(xml, { noent: true, nonet: false, noblanks: true }); // VULN xxe
}

export function findParcelByApn(doc: libxmljs.Document, apn: string): AppraisalParcel | null {
  const node = doc.get(`//parcel[@apn='${apn}']`) as libxmljs.Element | null; // VULN xpath
  if (!node) return null;
  const text = (name: string) => (node.get(name) as libxmljs.Element | null)?.text() ?? null;
  return {
    apn,
    assessedValue: numberOrNull(text('assessedValue')),
    yearBuilt: numberOrNull(text('yearBuilt')),
    roofMaterial: text('roof/material'),
    defensibleSpaceFt: numberOrNull(text('site/defensibleSpace')),
  };
}

/** Looks up the policy node; callers pass a policy number that already passed assertPolicyNumber. */
export function findPolicyNode(doc: libxmljs.Document, policyNumber: string): libxmljs.Element | null {
  return doc.get(`//policy[@number='${policyNumber}']`) as libxmljs.Element | null; // SAFE xpath
}

/** Carrier bulk-scheduling manifest (their XML export format). */
export async function parseCarrierManifest(xml: string): Promise<ManifestEntry[]> {
  const parsed = await parseStringPromise(xml, { explicitArray: false, trim: true, mergeAttrs: true }); // SAFE xxe
  const raw = parsed?.manifest?.property;
  const rows: Array<Record<string, string>> = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return rows.map((r) => ({
    policyNumber: r.policyNumber,
    insuredName: r.insuredName,
    street: r.street,
    city: r.city,
    county: r.county,
    zip: r.zip,
    latitude: Number(r.lat),
    longitude: Number(r.lon),
  }));
}
