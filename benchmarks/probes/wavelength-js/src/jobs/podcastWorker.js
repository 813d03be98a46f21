'use strict';

const { Worker } = require('bullmq');
const { connection } = require('./queues');
const feedClient = require('../lib/http/feedClient');
const { parseFeed } = require('../lib/import/playlistImport');
const mediaStore = require('../lib/storage/mediaStore');
const showRepository = require('../repositories/showRepository');

function createPodcastWorker(logger = console) {
  const worker = new Worker(
    'podcast-import',
    async (job) => {
      const { showId, feedUrl } = job.data;
      const show = await showRepository.findById(showId);
      if (!show) {
        throw new Error(`Show ${showId} no longer exists`);
      }

      const feed = await feedClient.fetchFeed(feedUrl);
      const parsed = parseFeed(feed.body);

      let artworkFile = null;
      if (parsed.artworkUrl) {
        try {
          const art = await feedClient.fetchArtwork(parsed.artworkUrl);
          artworkFile = await mediaStore.saveArtwork(art.buffer, new URL(parsed.artworkUrl).pathname);
        } catch (err) {
          logger.warn(`[podcast] artwork skipped for show ${showId}: ${err.message}`);
        }
      }

      return { showId, title: parsed.title, episodes: parsed.episodes.length, artworkFile };
    },
    { connection, concurrency: 4 },
  );

  worker.on('failed', (job, err) => logger.error(`[podcast] job ${job && job.id} failed: ${err.message}`));
  return worker;
}

module.exports = { createPodcastWorker };
