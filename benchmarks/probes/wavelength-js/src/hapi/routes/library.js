'use strict';

const fs = require('fs');
const path = require('path');
const Boom = require('@hapi/boom');
const config = require('../../config');
const playlistImport = require('../../lib/import/playlistImport');
const { createPlaylist } = require('../../repositories/playlistRepository');
const { requireRole } = require('../session');

const LIBRARY_FILE = process.env.LIBRARY_XML || path.join(config.storage.mediaRoot, 'library.xml');

let cachedLibrary = null;
let cachedMtime = 0;

async function libraryDoc() {
  const stat = await fs.promises.stat(LIBRARY_FILE);
  if (!cachedLibrary || stat.mtimeMs !== cachedMtime) {
    cachedLibrary = playlistImport.loadLibrary(await fs.promises.readFile(LIBRARY_FILE, 'utf8'));
    cachedMtime = stat.mtimeMs;
  }
  return cachedLibrary;
}

module.exports = () => [
  {
    method: 'GET',
    path: '/library/search',
    handler: async (request) => {
      const doc = await libraryDoc();
      if (request.query.album) {
        return playlistImport.findTracksByAlbum(doc, String(request.query.album));
      }
      if (request.query.artist) {
        return playlistImport.findTracksByArtist(doc, String(request.query.artist));
      }
      throw Boom.badRequest('Search by artist or album');
    },
  },
  {
    method: 'POST',
    path: '/library/legacy-import/{showId}',
    options: { payload: { parse: false, output: 'data', maxBytes: 2 * 1024 * 1024 } },
    handler: async (request, h) => {
      requireRole(request, 'dj', 'admin');
      const showId = Number.parseInt(request.params.showId, 10);
      if (!Number.isInteger(showId)) {
        throw Boom.badRequest('Invalid show id');
      }
      const legacy = playlistImport.restoreLegacyPlaylist(request.payload);
      const playlist = await createPlaylist({
        showId,
        title: legacy.title,
        airDate: /^\d{4}-\d{2}-\d{2}$/.test(String(legacy.airDate)) ? legacy.airDate : new Date().toISOString().slice(0, 10),
        items: legacy.items,
      });
      return h.response({ id: playlist.id, tracks: playlist.items.length }).code(201);
    },
  },
  {
    method: 'POST',
    path: '/library/cue-sheet',
    options: { payload: { parse: false, output: 'data', maxBytes: 256 * 1024 } },
    handler: async (request) => {
      requireRole(request, 'dj', 'admin');
      try {
        return { cues: playlistImport.parseCueSheet(request.payload) };
      } catch (err) {
        throw Boom.badRequest(err.message);
      }
    },
  },
];
