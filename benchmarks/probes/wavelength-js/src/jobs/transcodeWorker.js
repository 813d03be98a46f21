'use strict';

const path = require('path');
const { Worker } = require('bullmq');
const { connection } = require('./queues');
const transcoder = require('../lib/audio/transcoder');

function createTranscodeWorker(logger = console) {
  const worker = new Worker(
    'transcode',
    async (job) => {
      const { storedPath, originalName, format, bitrate } = job.data;
      const title = path.parse(originalName).name;
      await job.updateProgress(5);

      const result = await transcoder.transcode({ sourcePath: storedPath, format, bitrate, title });
      await job.updateProgress(60);

      const normalisedPath = result.outputPath.replace(/\.broadcast\./, '.norm.');
      await transcoder.normaliseLoudness(result.outputPath, normalisedPath);
      await job.updateProgress(90);

      const duration = await transcoder.probeDuration(normalisedPath);
      return { outputPath: normalisedPath, duration };
    },
    { connection, concurrency: 2 },
  );

  worker.on('failed', (job, err) => logger.error(`[transcode] job ${job && job.id} failed: ${err.message}`));
  worker.on('completed', (job) => logger.info(`[transcode] job ${job.id} done`));
  return worker;
}

module.exports = { createTranscodeWorker };
