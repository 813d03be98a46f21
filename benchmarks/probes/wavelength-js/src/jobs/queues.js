'use strict';

const { Queue } = require('bullmq');
const config = require('../config');

const connection = { host: config.redis.host, port: config.redis.port };

const defaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: 500,
  removeOnFail: 1000,
};

const transcodeQueue = new Queue('transcode', { connection, defaultJobOptions });
const podcastQueue = new Queue('podcast-import', { connection, defaultJobOptions });
const onAirQueue = new Queue('on-air', { connection, defaultJobOptions });

async function enqueueTranscode(data) {
  return transcodeQueue.add('transcode-upload', data, { jobId: `transcode:${data.uploadId}` });
}

async function enqueuePodcastImport(data) {
  return podcastQueue.add('import-feed', data);
}

async function enqueueNowPlaying(showId, track) {
  return onAirQueue.add('now-playing', { showId, track, at: new Date().toISOString() }, { attempts: 1 });
}

async function enqueueAutoDj(showId, playlistId) {
  return onAirQueue.add('auto-dj', { showId, playlistId }, { attempts: 1 });
}

module.exports = {
  connection,
  transcodeQueue,
  podcastQueue,
  onAirQueue,
  enqueueTranscode,
  enqueuePodcastImport,
  enqueueNowPlaying,
  enqueueAutoDj,
};
