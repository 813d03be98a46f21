'use strict';

const { BadRequest, NotFound } = require('@feathersjs/errors');
const playlistRepository = require('../../repositories/playlistRepository');
const { toPlaylistQuery } = require('../../types/dto');
const { parseDjSoftwareExport } = require('../../lib/import/playlistImport');
const { enqueueAutoDj } = require('../../jobs/queues');

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

class PlaylistService {
  async find(params) {
    const query = toPlaylistQuery(params.query || {});
    return playlistRepository.findPlaylists(query);
  }

  async get(id) {
    const playlistId = Number.parseInt(id, 10);
    if (!Number.isInteger(playlistId)) {
      throw new BadRequest('Playlist id must be numeric');
    }
    const playlist = await playlistRepository.findPlaylistWithItems(playlistId);
    if (!playlist) {
      throw new NotFound(`No playlist ${playlistId}`);
    }
    return playlist;
  }

  async create(data, params) {
    if (!DATE_RE.test(String(data.airDate))) {
      throw new BadRequest('airDate must be YYYY-MM-DD');
    }
    let items = Array.isArray(data.items) ? data.items : [];
    if (typeof data.djExportXml === 'string' && data.djExportXml.length > 0) {
      items = parseDjSoftwareExport(data.djExportXml);
    }
    if (items.length === 0 || items.length > 300) {
      throw new BadRequest('A playlist needs between 1 and 300 tracks');
    }
    return playlistRepository.createPlaylist({
      showId: Number(data.showId),
      title: String(data.title || `Playlist ${data.airDate}`),
      airDate: data.airDate,
      notes: data.notes ? String(data.notes) : null,
      rotationRule: data.rotationRule ? String(data.rotationRule) : null,
      items,
      createdBy: params.user ? params.user.id : null,
    });
  }

  async patch(id, data) {
    const playlistId = Number.parseInt(id, 10);
    const playlist = await this.get(playlistId);
    if (data.published === true) {
      await playlistRepository.publishPlaylist(playlistId);
    }
    if (data.startAutoDj === true) {
      await enqueueAutoDj(playlist.showId, playlistId);
    }
    return this.get(playlistId);
  }
}

module.exports = { PlaylistService };
