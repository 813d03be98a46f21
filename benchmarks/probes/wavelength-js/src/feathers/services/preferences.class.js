'use strict';

const { NotAuthenticated, BadRequest } = require('@feathersjs/errors');
const listenerRepository = require('../../repositories/listenerRepository');
const { deepMerge, isPlainObject } = require('../../lib/util/merge');

const DEFAULTS = {
  theme: 'auto',
  player: { quality: 'high', autoplay: false },
  notifications: { requestPlayed: true, newsletter: false },
  favouriteShows: [],
};

class PreferencesService {
  async get(id, params) {
    const listenerId = this.listenerId(params);
    const stored = await listenerRepository.loadPreferences(listenerId);
    return deepMerge(deepMerge({}, DEFAULTS), stored);
  }

  async patch(id, data, params) {
    const listenerId = this.listenerId(params);
    if (!isPlainObject(data)) {
      throw new BadRequest('Preferences must be an object');
    }
    const current = await listenerRepository.loadPreferences(listenerId);
    const merged = deepMerge(current, data);
    await listenerRepository.savePreferences(listenerId, merged);
    return merged;
  }

  listenerId(params) {
    if (!params.user) {
      throw new NotAuthenticated('Sign in to manage preferences');
    }
    return params.user.id;
  }
}

module.exports = { PreferencesService };
