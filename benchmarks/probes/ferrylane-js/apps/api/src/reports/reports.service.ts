import { InjectQueue } from '@nestjs/bull';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JobStatus, Queue } from 'bull';
import { randomUUID } from 'crypto';
import * as path from 'path';
import { AuthUser } from '../common/guards/jwt-auth.guard';

export interface LoadFactorRequest {
  routeCode: string;
  from: string;
  to: string;
  title?: string;
}

export interface CrewHoursRequest {
  vesselCode: string;
  month: string;
  format?: 'pdf' | 'csv';
}

export interface LoadFactorJob {
  reportId: string;
  routeCode: string;
  from: string;
  to: string;
  title: string;
  requestedBy: string;
}

export interface CrewHoursJob {
  reportId: string;
  vesselCode: string;
  month: string;
  format: 'pdf' | 'csv';
  requestedBy: string;
}

@Injectable()
export class ReportsService {
  private readonly outputDir: string;

  constructor(
    @InjectQueue('reports') private readonly queue: Queue<LoadFactorJob | CrewHoursJob>,
    config: ConfigService,
  ) {
    this.outputDir = config.getOrThrow<string>('storage.reportOutput');
  }

  async requestLoadFactor(dto: LoadFactorRequest, user: AuthUser): Promise<{ reportId: string }> {
    const reportId = randomUUID();
    const job: LoadFactorJob = {
      reportId,
      routeCode: dto.routeCode,
      from: dto.from,
      to: dto.to,
      title: dto.title ?? `Load factor ${dto.routeCode} ${dto.from.slice(0, 10)}-${dto.to.slice(0, 10)}`,
      requestedBy: user.email || user.id,
    };
    await this.queue.add('load-factor', job, { jobId: reportId });
    return { reportId };
  }

  async requestCrewHours(dto: CrewHoursRequest, user: AuthUser): Promise<{ reportId: string }> {
    const reportId = randomUUID();
    const job: CrewHoursJob = {
      reportId,
      vesselCode: dto.vesselCode,
      month: dto.month,
      format: dto.format ?? 'pdf',
      requestedBy: user.email || user.id,
    };
    await this.queue.add('crew-hours', job, { jobId: reportId });
    return { reportId };
  }

  async status(reportId: string): Promise<{ reportId: string; state: JobStatus | 'stuck' }> {
    const job = await this.queue.getJob(reportId);
    if (!job) {
      throw new NotFoundException('Unknown report');
    }
    return { reportId, state: await job.getState() };
  }

  outputPath(reportId: string, ext: 'pdf' | 'csv'): string {
    return path.join(this.outputDir, `${reportId}.${ext}`);
  }
}
