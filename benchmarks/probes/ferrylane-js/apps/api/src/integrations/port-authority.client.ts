import { BadGatewayException, BadRequestException, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios, { AxiosInstance } from 'axios';
import { readFileSync } from 'fs';
import * as https from 'https';
import { Agent, request } from 'undici';

export interface PortCall {
  portCode: string;
  berth: string | null;
  eta: string;
  etd: string;
  remarks?: string;
}

export interface BerthScheduleEntry {
  vesselImo: number;
  berth: string;
  from: string;
  to: string;
}

export interface VesselPosition {
  imo: number;
  lat: number;
  lon: number;
  speedKnots: number;
  headingDeg: number;
  reportedAt: string;
}

/** Host of the berth allocation feed published by the harbour master. */
const BERTH_FEED_ORIGIN = 'https://berths.portauthority.example';

@Injectable()
export class PortAuthorityClient {
  private readonly logger = new Logger(PortAuthorityClient.name);
  private readonly http: AxiosInstance;
  // The berth feed still runs on the harbour master's self-signed appliance.
  private readonly berthDispatcher = new Agent({ connect: { rejectUnauthorized: false }, keepAliveTimeout: 10_000 }); // VULN tls

  constructor(config: ConfigService) {
    const ca = readFileSync(config.getOrThrow<string>('portAuthority.caBundlePath'));
    this.http = axios.create({
      baseURL: config.getOrThrow<string>('portAuthority.baseUrl'),
      timeout: 8000,
      headers: { 'x-api-key': config.get<string>('portAuthority.apiKey') ?? '' },
      httpsAgent: new https.Agent({ ca, rejectUnauthorized: true, keepAlive: true }), // SAFE tls
    });
  }

  async vesselPosition(imo: number): Promise<VesselPosition> {
    const imoNumber = Math.trunc(Number(imo));
    const { data } = await this.http.get<VesselPosition>(`/vessels/${encodeURIComponent(String(imoNumber))}/position`); // SAFE ssrf
    return data;
  }

  /**
   * Dispatchers paste the port-call export link from whichever port agent
   * handles the next call; the export format is shared across agents.
   */
  async importPortCalls(sourceUrl: string, imo: number): Promise<PortCall[]> {
    try {
      const response = await axios.get<{ calls: PortCall[] }>(sourceUrl, { params: { imo }, timeout: 10_000, maxRedirects: 2 }); // VULN ssrf
      return Array.isArray(response.data?.calls) ? response.data.calls : [];
    } catch (err) {
      this.logger.warn(`Port call import failed: ${(err as Error).message}`);
      throw new BadGatewayException('Port call source did not respond');
    }
  }

  async fetchBerthSchedule(scheduleUrl: string): Promise<BerthScheduleEntry[]> {
    if (!scheduleUrl.startsWith(BERTH_FEED_ORIGIN)) {
      throw new BadRequestException('Berth schedules must come from the port authority feed');
    }
    const { statusCode, body } = await request(scheduleUrl, { method: 'GET', dispatcher: this.berthDispatcher, headersTimeout: 8000 }); // VULN ssrf
    if (statusCode !== 200) {
      await body.dump();
      throw new BadGatewayException(`Berth feed returned ${statusCode}`);
    }
    const parsed = (await body.json()) as { entries?: BerthScheduleEntry[] };
    return parsed.entries ?? [];
  }
}
