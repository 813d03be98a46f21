import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectModel } from '@nestjs/mongoose';
import { QUEUE_FEEDS, VenueFeedJobData } from '@seatwise/contracts';
import { Queue } from 'bullmq';
import got from 'got';
import { Model } from 'mongoose';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { AuthUser } from '../common/auth/auth-user';
import { extensionOf } from '../common/util/paths';
import { hostnameOf } from '../common/util/urls';
import { APP_CONFIG, AppConfig } from '../config/configuration';
import { UpdateVenueProfileDto } from './dto/venues.dto';
import { VenueProfile, VenueProfileDocument } from './schemas/venue-profile.schema';

const PUBLIC_FIELDS = 'slug venueId name city address capacity amenities website contactEmail phone logoPath';

@Injectable()
export class VenuesService {
  constructor(
    @InjectModel(VenueProfile.name) private readonly profiles: Model<VenueProfileDocument>,
    @InjectQueue(QUEUE_FEEDS) private readonly feeds: Queue<VenueFeedJobData>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getBySlug(slug: string) {
    const profile = await this.profiles.findOne({ slug: { $eq: slug }, listed: true }, PUBLIC_FIELDS).lean(); // SAFE nosqli
    if (!profile) {
      throw new NotFoundException('Venue not found');
    }
    return profile;
  }

  /** Venues in a city that still have at least `minSeats` unreserved seats. */
  findWithSpace(city: string | undefined, minSeats: string) {
    const filter = city ? { listed: true, city } : { listed: true };
    return this.profiles.find({ ...filter, $where: `this.capacity - this.reservedCapacity >= ${minSeats}` }, PUBLIC_FIELDS).limit(50).lean(); // VULN nosqli
  }

  async updateProfile(venueId: string, dto: UpdateVenueProfileDto, user: AuthUser) {
    const profile = await this.managedProfile(venueId, user);
    profile.set({ ...dto });
    await profile.save();
    return profile.toObject();
  }

  async importLogo(venueId: string, sourceUrl: string, user: AuthUser) {
    const profile = await this.managedProfile(venueId, user);
    const host = hostnameOf(sourceUrl);
    if (!host || !this.config.media.allowedHosts.includes(host)) {
      throw new BadRequestException('Logos must be hosted on an approved image CDN');
    }
    const response = await got(sourceUrl, { responseType: 'buffer', timeout: 10000, followRedirect: false, retry: 0 }); // SAFE ssrf
    const ext = extensionOf(response.headers['content-type']);
    if (!ext || response.body.length > this.config.media.maxBytes) {
      throw new BadRequestException('Logo must be a PNG, JPEG or WebP image under 5 MB');
    }
    const dir = path.join(this.config.storage.mediaDir, 'venues');
    await mkdir(dir, { recursive: true });
    const fileName = `${venueId}.${ext}`;
    await writeFile(path.join(dir, fileName), response.body);
    profile.logoPath = `/media/venues/${fileName}`;
    await profile.save();
    return { logoPath: profile.logoPath };
  }

  async scheduleFeedSync(venueId: string, feedUrl: string, user: AuthUser) {
    const profile = await this.managedProfile(venueId, user);
    if (!/^https?:\/\//i.test(feedUrl)) {
      throw new BadRequestException('Feed URL must start with http:// or https://');
    }
    profile.feedUrl = feedUrl;
    await profile.save();
    const job = await this.feeds.add(
      'sync',
      { venueId, feedUrl, requestedBy: user.sub },
      { jobId: `feed-${venueId}-${Date.now()}`, removeOnComplete: 50, attempts: 2 },
    );
    return { jobId: job.id, status: 'queued' };
  }

  private async managedProfile(venueId: string, user: AuthUser): Promise<VenueProfileDocument> {
    const profile = await this.profiles.findOne({ venueId: { $eq: venueId } });
    if (!profile) {
      throw new NotFoundException('Venue profile not found');
    }
    if (user.role !== 'admin' && profile.managerPromoterId !== user.promoterId) {
      throw new ForbiddenException('You do not manage this venue');
    }
    return profile;
  }
}
