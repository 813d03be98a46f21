import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { AttendeeExportJobData, QUEUE_EXPORTS } from '@seatwise/contracts';
import { Queue } from 'bullmq';
import { createHash, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { Repository } from 'typeorm';
import { generateApiKey } from '../auth/passwords';
import type { AuthUser } from '../common/auth/auth-user';
import { deepMerge, mergeSettings, PlainObject } from '../common/util/merge';
import { CreateExportDto, UpdatePromoterProfileDto } from './dto/promoters.dto';
import { NotificationSettings, PromoterAccount } from './entities/promoter-account.entity';
import { PromotersRepository, ReportPeriod } from './promoters.repository';

const REPORT_PERIODS = new Set<string>(['day', 'week', 'month', 'quarter']);
const REPORT_LOOKBACK_DAYS: Record<ReportPeriod, number> = { day: 60, week: 180, month: 730, quarter: 1460 };

const NOTIFICATION_KEYS: ReadonlySet<string> = new Set([
  'email.dailySummary',
  'email.lowStock',
  'email.refunds',
  'sms.doorsOpen',
  'lowStockThreshold',
]);

@Injectable()
export class PromotersService {
  constructor(
    @InjectRepository(PromoterAccount) private readonly accounts: Repository<PromoterAccount>,
    private readonly reports: PromotersRepository,
    @InjectQueue(QUEUE_EXPORTS) private readonly exports: Queue<AttendeeExportJobData>,
  ) {}

  async publicProfile(id: string) {
    const account = await this.accounts.findOne({ where: { id } });
    if (!account) {
      throw new NotFoundException('Promoter not found');
    }
    return { id: account.id, displayName: account.displayName, bio: account.bio, logoUrl: account.logoUrl };
  }

  async updateProfile(user: AuthUser, dto: UpdatePromoterProfileDto) {
    const account = await this.accountFor(user);
    Object.assign(account, dto);
    await this.accounts.save(account);
    return this.publicProfile(account.id);
  }

  async salesTimeline(user: AuthUser, eventId: string, bucket: string) {
    const promoterId = this.promoterIdOf(user);
    if (!(await this.reports.ownsEvent(promoterId, eventId))) {
      throw new ForbiddenException('Not your event');
    }
    return this.reports.salesTimeline(promoterId, eventId, bucket);
  }

  revenue(user: AuthUser, period: string) {
    if (!REPORT_PERIODS.has(period)) {
      throw new BadRequestException(`period must be one of ${[...REPORT_PERIODS].join(', ')}`);
    }
    const p = period as ReportPeriod;
    const since = new Date(Date.now() - REPORT_LOOKBACK_DAYS[p] * 86_400_000);
    return this.reports.revenueByPeriod(this.promoterIdOf(user), p, since);
  }

  async updateDashboardSettings(user: AuthUser, patch: PlainObject) {
    const account = await this.accountFor(user);
    const settings = deepMerge(account.settings ?? {}, patch);
    await this.accounts.update(account.id, { settings });
    return settings;
  }

  async updateNotificationSettings(user: AuthUser, patch: PlainObject) {
    const account = await this.accountFor(user);
    const current = { ...(account.notificationSettings ?? {}) } as PlainObject;
    const next = mergeSettings(current, patch, NOTIFICATION_KEYS) as NotificationSettings;
    await this.accounts.update(account.id, { notificationSettings: next });
    return next;
  }

  async requestAttendeeExport(user: AuthUser, dto: CreateExportDto) {
    const promoterId = this.promoterIdOf(user);
    if (!(await this.reports.ownsEvent(promoterId, dto.eventId))) {
      throw new ForbiddenException('Not your event');
    }
    const exportId = randomUUID();
    const fileName = path.basename(dto.fileName?.trim() || `attendees-${dto.eventId}`);
    await this.exports.add(
      'attendees',
      { exportId, eventId: dto.eventId, promoterId, format: dto.format, fileName, columns: dto.columns },
      { jobId: exportId, removeOnComplete: 200, attempts: 2 },
    );
    return { exportId, status: 'queued', fileName: `${fileName}.${dto.format}` };
  }

  async rotateApiKey(user: AuthUser) {
    const account = await this.accountFor(user);
    const { key, prefix } = generateApiKey();
    await this.accounts.update(account.id, {
      apiKeyPrefix: prefix,
      apiKeyHash: createHash('sha256').update(key).digest('hex'),
    });
    return { key, prefix };
  }

  private promoterIdOf(user: AuthUser): string {
    if (!user.promoterId) {
      throw new ForbiddenException('Promoter account required');
    }
    return user.promoterId;
  }

  private async accountFor(user: AuthUser): Promise<PromoterAccount> {
    const account = await this.accounts.findOne({ where: { id: this.promoterIdOf(user) } });
    if (!account) {
      throw new NotFoundException('Promoter account not found');
    }
    return account;
  }
}
