'use strict';

const { feathers } = require('@feathersjs/feathers');
const express = require('@feathersjs/express');
const { authenticate, requireOwnerOrAdmin, validateShowPatch } = require('./hooks');
const { ShowService } = require('./services/shows.class');
const { PlaylistService } = require('./services/playlists.class');
const { PodcastImportService } = require('./services/podcasts.class');
const { PreferencesService } = require('./services/preferences.class');
const showRepository = require('../repositories/showRepository');

function createFeathersApp() {
  const app = express(feathers());

  app.use(express.json({ limit: '2mb' }));
  app.use(express.urlencoded({ extended: false }));
  app.configure(express.rest());

  app.use('shows', new ShowService(), { methods: ['find', 'get', 'patch'] });
  app.use('playlists', new PlaylistService(), { methods: ['find', 'get', 'create', 'patch'] });
  app.use('podcast-imports', new PodcastImportService(), { methods: ['create', 'get'] });
  app.use('preferences', new PreferencesService(), { methods: ['get', 'patch'] });

  const showOwner = async (context) => {
    const show = await showRepository.findById(Number(context.id));
    return show ? show.djId : null;
  };

  app.service('shows').hooks({
    before: {
      patch: [authenticate('dj', 'admin'), requireOwnerOrAdmin(showOwner), validateShowPatch],
    },
  });

  app.service('playlists').hooks({
    before: {
      create: [authenticate('dj', 'admin')],
      patch: [authenticate('dj', 'admin')],
    },
  });

  app.service('podcast-imports').hooks({
    before: { all: [authenticate('dj', 'admin')] },
  });

  app.service('preferences').hooks({
    before: { all: [authenticate('listener', 'dj', 'admin')] },
  });

  app.use(express.notFound());
  app.use(express.errorHandler({ logger: console }));
  return app;
}

module.exports = { createFeathersApp };
