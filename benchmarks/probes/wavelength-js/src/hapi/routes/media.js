'use strict';

const Boom = require('@hapi/boom');
const path = require('path');
const config = require('../../config');
const mediaStore = require('../../lib/storage/mediaStore');
const transcoder = require('../../lib/audio/transcoder');
const { audioExtension } = require('../../lib/util/paths');
const { enqueueTranscode } = require('../../jobs/queues');
const { requireRole } = require('../session');

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

module.exports = (broker) => [
  {
    method: 'GET',
    path: '/media/artwork',
    handler: async (request, h) => {
      const file = String(request.query.file || '');
      if (!file) {
        throw Boom.badRequest('file is required');
      }
      try {
        const { data, type } = await mediaStore.readArtwork(file);
        return h.response(data).type(type).header('cache-control', 'public, max-age=86400');
      } catch (err) {
        throw Boom.notFound();
      }
    },
  },
  {
    method: 'GET',
    path: '/media/tracks/{trackPath*}',
    handler: (request, h) => {
      try {
        const { stream, type } = mediaStore.openTrackStream(request.params.trackPath);
        return h.response(stream).type(type);
      } catch (err) {
        throw Boom.notFound();
      }
    },
  },
  {
    method: 'POST',
    path: '/uploads',
    options: {
      payload: { output: 'stream', parse: true, multipart: true, maxBytes: 1024 * 1024 * 1024, timeout: false },
    },
    handler: async (request) => {
      requireRole(request, 'dj', 'admin');
      const { recording, format, bitrate } = request.payload;
      if (!recording || !recording.hapi || !audioExtension(recording.hapi.filename)) {
        throw Boom.unsupportedMediaType('Upload an audio file');
      }
      const originalName = recording.hapi.filename;
      const { uploadId, storedPath } = await mediaStore.saveUpload(recording, originalName);
      await enqueueTranscode({
        uploadId,
        storedPath,
        originalName,
        format: String(format || 'mp3'),
        bitrate: String(bitrate || '192k'),
      });
      return { uploadId, status: 'queued' };
    },
  },
  {
    method: 'DELETE',
    path: '/uploads/{uploadId}/{fileName}',
    handler: async (request, h) => {
      requireRole(request, 'dj', 'admin');
      await mediaStore.removeUpload(request.params.uploadId, request.params.fileName);
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/uploads/{uploadId}/waveform',
    handler: async (request, h) => {
      requireRole(request, 'dj', 'admin');
      const { uploadId } = request.params;
      if (!UUID_RE.test(uploadId)) {
        throw Boom.badRequest('Invalid upload id');
      }
      const files = await mediaStore.listUploads(uploadId);
      const source = files.find((name) => audioExtension(name));
      if (!source) {
        throw Boom.notFound();
      }
      const width = request.query.width || '1200';
      const pngPath = await transcoder.renderWaveform(path.join(config.storage.uploadDir, uploadId, source), width);
      return h.file(pngPath, { confine: false });
    },
  },
  {
    method: 'POST',
    path: '/media/artwork',
    options: { payload: { output: 'data', parse: true, multipart: true, maxBytes: 5 * 1024 * 1024 } },
    handler: async (request) => {
      requireRole(request, 'dj', 'admin');
      const { image } = request.payload;
      if (!image || !Buffer.isBuffer(image)) {
        throw Boom.badRequest('image is required');
      }
      const fileName = await mediaStore.saveArtwork(image, String(request.payload.filename || 'cover.jpg'));
      return { fileName, url: `/media/artwork?file=${encodeURIComponent(fileName)}` };
    },
  },
  {
    method: 'GET',
    path: '/archive/{archiveName}',
    handler: (request, h) => h.file(request.params.archiveName, { confine: config.storage.archiveDir, mode: 'attachment' }), // SAFE path
  },
  {
    method: 'POST',
    path: '/archive/export',
    handler: async (request) => {
      requireRole(request, 'admin');
      const { slug, label } = request.payload || {};
      return broker.call('archive.exportShow', { slug, label: label || undefined });
    },
  },
  {
    method: 'POST',
    path: '/archive/packs/{slug}',
    options: { payload: { output: 'file', parse: true, multipart: true, maxBytes: 512 * 1024 * 1024 } },
    handler: async (request) => {
      requireRole(request, 'dj', 'admin');
      const pack = request.payload.pack;
      if (!pack || !pack.path) {
        throw Boom.badRequest('pack is required');
      }
      const action = request.payload.kind === 'artwork' ? 'archive.importArtworkPack' : 'archive.importShowPack';
      return broker.call(action, { zipPath: pack.path, slug: request.params.slug });
    },
  },
];
