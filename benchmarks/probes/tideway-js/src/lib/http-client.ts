import axios, { AxiosInstance } from 'axios';
import * as fs from 'fs';
import * as https from 'https';
import config = require('../config');

const USER_AGENT = 'Tideway/2.4 (+https://tideway.club)';

let timingClient: AxiosInstance | null = null;
let resultsClient: AxiosInstance | null = null;

/**
 * Client for the on-site timing system (finish-line cameras, stake boats).
 * The timing box uses a self-issued certificate.
 */
export function getTimingClient(): AxiosInstance {
  if (!timingClient) {
    const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // VULN tls
    timingClient = axios.create({
      baseURL: config.timing.baseUrl,
      httpsAgent: agent,
      timeout: 8000,
      headers: { 'User-Agent': USER_AGENT },
    });
  }
  return timingClient;
}

/**
 * Client for national results services; pins our bundled CA set.
 */
export function getResultsClient(): AxiosInstance {
  if (!resultsClient) {
    const ca = fs.existsSync(config.timing.caFile) ? fs.readFileSync(config.timing.caFile) : undefined;
    const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: true, ca }); // SAFE tls
    resultsClient = axios.create({
      httpsAgent: agent,
      timeout: 10000,
      maxRedirects: 0,
      headers: { 'User-Agent': USER_AGENT },
    });
  }
  return resultsClient;
}

export const outbound = axios.create({
  timeout: 5000,
  maxContentLength: 2 * 1024 * 1024,
  headers: { 'User-Agent': USER_AGENT },
});

export function isTrustedResultsHost(rawUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && config.results.trustedHosts.includes(parsed.hostname);
}
