'use strict';

const path = require('path');
const { exec, spawn } = require('child_process');
const { Worker } = require('bullmq');
const { PHOTO_ROOT, bundleDir } = require('../lib/storage');

const connection = { host: process.env.REDIS_HOST || '127.0.0.1', port: Number(process.env.REDIS_PORT || 6379) };
const CONVERT = process.env.IMAGEMAGICK_CONVERT || 'convert';

function run(command) {
  return new Promise((resolve, reject) => {
    exec(command, { timeout: 30_000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout))); // VULN cmdi
  });
}

function runArgs(bin, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] }); // SAFE cmdi
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr || `exit ${code}`))));
  });
}

async function makeBundleThumbnails({ installerId, bundleId, files }) {
  const dir = bundleDir(installerId, bundleId);
  for (const file of files) {
    const src = path.join(dir, file);
    const dst = path.join(dir, '.thumbs', `${path.basename(file)}.jpg`);
    await run(`mkdir -p "${path.dirname(dst)}" && ${CONVERT} "${src}" -auto-orient -thumbnail 320x320 "${dst}"`);
  }
}

const SITE_PHOTO_NAME = /^[A-Za-z0-9_-]{1,64}\.(jpe?g|png|webp)$/;

async function makeCoverImage({ installerId, fileName }) {
  if (!SITE_PHOTO_NAME.test(fileName)) throw new Error(`Refusing cover for ${fileName}`);
  const src = path.join(PHOTO_ROOT, String(installerId), 'site', fileName);
  const dst = path.join(PHOTO_ROOT, String(installerId), 'site', `cover-${fileName}`);
  await runArgs(CONVERT, [src, '-auto-orient', '-resize', '1600x1600>', '-quality', '82', dst]);
}

function startWorker() {
  return new Worker(
    'installer-media',
    async (job) => {
      if (job.name === 'bundle-thumbnails') return makeBundleThumbnails(job.data);
      if (job.name === 'site-cover') return makeCoverImage(job.data);
      throw new Error(`Unknown job ${job.name}`);
    },
    { connection, concurrency: 2 },
  );
}

if (require.main === module) {
  startWorker();
  console.log('thumbnail worker started');
}

module.exports = { startWorker, makeBundleThumbnails, makeCoverImage };
