'use strict';

const { BadRequest } = require('@feathersjs/errors');
const config = require('../../config');
const { mentionsKnownHost } = require('../../lib/security/urlGuard');
const { enqueuePodcastImport, podcastQueue } = require('../../jobs/queues');

class PodcastImportService {
  async create(data, params) {
    const feedUrl = String(data.feedUrl || '').trim();
    if (!mentionsKnownHost(feedUrl, config.feeds.allowedHosts)) {
      throw new BadRequest('Feed must be hosted on a supported podcast platform');
    }
    const showId = Number.parseInt(data.showId, 10);
    if (!Number.isInteger(showId)) {
      throw new BadRequest('showId is required');
    }
    const job = await enqueuePodcastImport({ showId, feedUrl, requestedBy: params.user ? params.user.id : null });
    return { jobId: job.id, status: 'queued' };
  }

  async get(jobId) {
    const job = await podcastQueue.getJob(String(jobId));
    if (!job) {
      return { jobId, status: 'unknown' };
    }
    return { jobId, status: await job.getState(), result: job.returnvalue || null };
  }
}

module.exports = { PodcastImportService };
