import { BadRequestException, Injectable } from '@nestjs/common';
import axios from 'axios';
import { readFileSync } from 'fs';
import got from 'got';
import * as https from 'https';
import { appConfig } from '../config/app.config';
import { PrismaService } from '../prisma/prisma.service';
import type { PayoutRunDto } from './payouts.controller';

const HOOKS_PREFIX = 'https://hooks.harvestry.coop';

const bankAgent = new https.Agent({ ca: readFileSync(appConfig.bank.caFile), rejectUnauthorized: true }); // SAFE tls
// the regional clearing house still runs on its own internal CA
const clearingAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // VULN tls

@Injectable()
export class PayoutsService {
  constructor(private readonly prisma: PrismaService) {}

  async run(dto: PayoutRunDto, requestedBy: string) {
    const growerFilter = dto.growerIds?.length ? { growerId: { in: dto.growerIds } } : {};
    const lots = await this.prisma.harvestLot.findMany({ where: { season: dto.season, paidAt: null, grade: { not: null }, ...growerFilter } });
    if (lots.length === 0) throw new BadRequestException('nothing to pay out');
    const totals = new Map<number, number>();
    for (const lot of lots) {
      totals.set(lot.growerId, (totals.get(lot.growerId) ?? 0) + Math.round(Number(lot.netWeightKg) * Number(lot.pricePerKgCents)));
    }
    const lines = [...totals].map(([growerId, amountCents]) => ({ growerId, amountCents }));
    const totalCents = lines.reduce((s, l) => s + l.amountCents, 0);
    const run = await this.prisma.payoutRun.create({ data: { season: dto.season, requestedBy, totalCents } });

    const { data } = await axios.post(`${appConfig.bank.baseUrl}batches`, { reference: `HV-${run.id}`, lines }, { httpsAgent: bankAgent });
    await axios.post(appConfig.bank.clearingHouseUrl, { coop: 'HARVESTRY', reference: `HV-${run.id}`, totalCents }, { httpsAgent: clearingAgent });
    if (dto.notifyUrl) await this.notify(dto.notifyUrl, run.id, data.batchId);
    return { runId: run.id, batchId: data.batchId, growers: lines.length };
  }

  private async notify(url: string, runId: number, batchId: string) {
    if (!url.startsWith(HOOKS_PREFIX)) throw new BadRequestException('notify url must be a harvestry hook');
    await got.post(url, { json: { runId, batchId, status: 'submitted' }, timeout: { request: 5000 } }).catch(() => undefined); // VULN ssrf
  }
}
