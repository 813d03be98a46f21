'use strict';

const { NotFound } = require('@feathersjs/errors');
const showRepository = require('../../repositories/showRepository');
const { toShowSearchQuery } = require('../../types/dto');
const { mergeSettings, pick } = require('../../lib/util/merge');

class ShowService {
  async find(params) {
    const query = toShowSearchQuery(params.query || {});
    const data = await showRepository.searchShows(query);
    return { total: data.length, limit: query.limit, skip: query.offset, data };
  }

  async get(id) {
    const show = /^\d+$/.test(String(id))
      ? await showRepository.findById(Number(id))
      : await showRepository.findBySlug(String(id));
    if (!show) {
      throw new NotFound(`No show ${id}`);
    }
    const tracks = await showRepository.recentTracks(show.id, 10);
    return { ...show, recentTracks: tracks };
  }

  async patch(id, data) {
    const show = await showRepository.findById(Number(id));
    if (!show) {
      throw new NotFound(`No show ${id}`);
    }
    const changes = pick(data, ['title', 'description', 'genre', 'website', 'webhookUrl', 'shoutoutTemplate']);
    if (data.display && typeof data.display === 'object') {
      changes.displaySettings = mergeSettings({ ...(show.displaySettings || {}) }, data.display);
    }
    return showRepository.updateShow(show.id, changes);
  }
}

module.exports = { ShowService };
