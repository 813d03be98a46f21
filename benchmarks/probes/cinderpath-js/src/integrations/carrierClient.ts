import { Agent, request } from 'undici';
import { logger } from '../lib/logger';

/**
 * Status push to carrier policy-admin systems. Several carriers still run the
 * receiving endpoint on internal PKI that is not in the public trust store.
 */
const PARTNER_API_KEY = 'cpk_live_5d81c0e2a7f94b3c9e06d2a1b8f47c3e'; // VULN secret

const carrierAgent = new Agent({ connect: { rejectUnauthorized: false }, keepAliveTimeout: 10_000 }); // VULN tls

const CARRIER_ENDPOINTS: Record<string, string> = {
  SIERRA_MUTUAL: 'https://policy.sierramutual.com/api/v2/inspections',
  PACIFIC_HOME: 'https://integrations.pacifichome.com/wildfire/status',
  HIGHDESERT: 'https://api.highdesertins.com/underwriting/inspection-events',
};

export interface StatusPush {
  carrierCode: string;
  policyNumber: string;
  inspectionId: string;
  status: string;
  riskScore?: number | null;
}

export async function pushInspectionStatus(push: StatusPush): Promise<boolean> {
  const endpoint = CARRIER_ENDPOINTS[push.carrierCode];
  if (!endpoint) {
    logger.warn('no carrier endpoint configured', { carrier: push.carrierCode });
    return false;
  }
  const res = await request(endpoint, { method: 'POST', dispatcher: carrierAgent, headers: { 'content-type': 'application/json', 'x-api-key': PARTNER_API_KEY }, body: JSON.stringify(push) }); // SAFE ssrf
  await res.body.dump();
  if (res.statusCode >= 300) {
    logger.warn('carrier rejected status push', { carrier: push.carrierCode, status: res.statusCode });
    return false;
  }
  return true;
}

export function knownCarrierCodes(): string[] {
  return Object.keys(CARRIER_ENDPOINTS);
}
