import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { PortAuthorityClient, PortCall, VesselPosition } from '../integrations/port-authority.client';
import { WebhooksService } from '../integrations/webhooks.service';
import { FareRulesService } from '../pricing/fare-rules.service';
import { Sailing } from './sailing.entity';
import { DepartureRow, SailingsRepository } from './sailings.repository';

@Injectable()
export class SailingsService {
  constructor(
    private readonly sailings: SailingsRepository,
    private readonly portAuthority: PortAuthorityClient,
    private readonly fares: FareRulesService,
    private readonly webhooks: WebhooksService,
  ) {}

  departures(port: string, date: string, sort = 'departure', direction: 'ASC' | 'DESC' = 'ASC'): Promise<DepartureRow[]> {
    return this.sailings.listDepartures(port, date.slice(0, 10), sort, direction);
  }

  vesselSchedule(vesselCode: string, sort = 'departure', from: string, to: string): Promise<DepartureRow[]> {
    return this.sailings.listForVessel(vesselCode.toUpperCase(), sort, from.slice(0, 10), to.slice(0, 10));
  }

  async getBookable(id: string): Promise<Sailing> {
    const sailing = await this.sailings.findById(id);
    if (!sailing) {
      throw new NotFoundException('Sailing not found');
    }
    if (sailing.status !== 'scheduled' && sailing.status !== 'delayed') {
      throw new UnprocessableEntityException('Sailing is not open for booking');
    }
    return sailing;
  }

  async quoteFare(sailingId: string, passengers: number, vehicleClass: string | null): Promise<number> {
    const sailing = await this.getBookable(sailingId);
    return this.fares.quote({
      routeCode: sailing.routeCode,
      departsAt: sailing.departsAt,
      passengers,
      vehicleClass,
    });
  }

  async syncPortCalls(sailingId: string, sourceUrl: string): Promise<PortCall[]> {
    const sailing = await this.getBookable(sailingId);
    const calls = await this.portAuthority.importPortCalls(sourceUrl, sailing.vesselImo);
    const next = calls.find((c) => c.portCode === sailing.departurePort);
    if (next) {
      await this.sailings.updateBerth(sailing.id, next.berth, next.remarks ?? null);
    }
    return calls;
  }

  async berthFromSchedule(sailingId: string, scheduleUrl: string): Promise<{ berth: string | null }> {
    const sailing = await this.sailings.findById(sailingId);
    if (!sailing) {
      throw new NotFoundException('Sailing not found');
    }
    const schedule = await this.portAuthority.fetchBerthSchedule(scheduleUrl);
    const entry = schedule.find((e) => e.vesselImo === sailing.vesselImo);
    return { berth: entry?.berth ?? null };
  }

  vesselPosition(imo: number): Promise<VesselPosition> {
    return this.portAuthority.vesselPosition(imo);
  }

  async changeStatus(id: string, status: Sailing['status'], remarks?: string): Promise<void> {
    const sailing = await this.sailings.findById(id);
    if (!sailing) {
      throw new NotFoundException('Sailing not found');
    }
    await this.sailings.updateStatus(id, status);
    if (remarks !== undefined) {
      await this.sailings.updateBerth(id, sailing.berth, remarks);
    }
    await this.webhooks.publish('sailing.status', {
      sailingId: id,
      routeCode: sailing.routeCode,
      departsAt: sailing.departsAt.toISOString(),
      status,
      remarks: remarks ?? sailing.remarks,
    });
  }
}
