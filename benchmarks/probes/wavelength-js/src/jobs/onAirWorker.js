'use strict';

const { Worker } = require('bullmq');
const { connection } = require('./queues');
const showRepository = require('../repositories/showRepository');
const webhookClient = require('../lib/http/webhookClient');
const icecast = require('../lib/http/icecastClient');
const { pickRotation } = require('../lib/rotation/ruleEngine');
const { Track } = require('../models');

const STATION_CHANNEL = process.env.CHAT_ONAIR_CHANNEL || 'onair-feed-01';

async function handleNowPlaying(job, logger) {
  const { showId, track } = job.data;
  const show = await showRepository.findById(showId);
  if (!show) return { skipped: true };

  const songTitle = `${track.artist} - ${track.title}`;
  await icecast.updateMetadata('/live', songTitle);
  await webhookClient.postToChat(STATION_CHANNEL, `:radio: ${show.title}: ${songTitle}`);

  if (show.webhookUrl) {
    const result = await webhookClient.notifyNowPlaying(show.webhookUrl, { show: show.slug, track, at: job.data.at });
    if (!result.ok) {
      logger.warn(`[on-air] webhook for ${show.slug} answered ${result.statusCode}`);
    }
  }
  return { notified: Boolean(show.webhookUrl) };
}

async function handleAutoDj(job) {
  const { showId, playlistId } = job.data;
  const { findPlaylistWithItems } = require('../repositories/playlistRepository');
  const playlist = await findPlaylistWithItems(playlistId);
  if (!playlist) return { tracks: [] };
  const library = await Track.query().whereNotNull('audio_file').limit(2000);
  const chosen = pickRotation(library, playlist.rotationRule, 12);
  return { showId, tracks: chosen.map((t) => t.id) };
}

function createOnAirWorker(logger = console) {
  const worker = new Worker(
    'on-air',
    async (job) => {
      if (job.name === 'now-playing') return handleNowPlaying(job, logger);
      if (job.name === 'auto-dj') return handleAutoDj(job);
      throw new Error(`Unknown on-air job ${job.name}`);
    },
    { connection, concurrency: 1 },
  );
  worker.on('failed', (job, err) => logger.error(`[on-air] ${job && job.name} failed: ${err.message}`));
  return worker;
}

module.exports = { createOnAirWorker };
