'use strict';

const Boom = require('@hapi/boom');
const Hoek = require('@hapi/hoek');
const showRepository = require('../../repositories/showRepository');
const listenerRepository = require('../../repositories/listenerRepository');
const { findPlaylistWithItems, findPlaylists, findDraftPlaylists } = require('../../repositories/playlistRepository');
const { renderPug } = require('../../lib/templates/renderer');
const { readEmbedToken } = require('../../lib/security/jwt');
const { currentUser, requireRole } = require('../session');

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

module.exports = (broker) => [
  {
    method: 'GET',
    path: '/',
    handler: async (request, h) => {
      const shows = await showRepository.searchShows({ limit: 100, offset: 0, sort: 'weekday' });
      const byDay = WEEKDAYS.map((day) => ({ day, shows: shows.filter((s) => s.weekday === day) }));
      return h.view('schedule', { byDay, user: currentUser(request) });
    },
  },
  {
    method: 'GET',
    path: '/search',
    handler: async (request, h) => {
      const q = String(request.query.q || '').trim().slice(0, 100);
      const shows = q ? await showRepository.searchShows({ q, limit: 25, offset: 0, sort: 'title' }) : [];
      if (shows.length === 0) {
        return h.response(`<!doctype html><title>Search</title><p class="empty">No shows match “${Hoek.escapeHtml(q)}”.</p>`).type('text/html'); // SAFE xss
      }
      return h.view('schedule', { byDay: [{ day: null, shows }], query: q, user: currentUser(request) });
    },
  },
  {
    method: 'GET',
    path: '/shows/{slug}',
    handler: async (request, h) => {
      const show = await showRepository.findBySlug(request.params.slug);
      if (!show) {
        return h.response(`<!doctype html><title>Not found</title><h1>Off air</h1><p>We couldn't find a show called ${request.params.slug}.</p>`).code(404).type('text/html'); // VULN xss
      }
      const [tracks, playlists] = await Promise.all([
        showRepository.recentTracks(show.id, 15),
        findPlaylists({ showId: show.id, limit: 10, direction: 'DESC' }),
      ]);
      return h.view('show', { show, tracks, playlists, user: currentUser(request) });
    },
  },
  {
    method: 'GET',
    path: '/dashboard/{slug}',
    handler: async (request, h) => {
      const user = requireRole(request, 'dj', 'admin');
      const show = await showRepository.findBySlug(request.params.slug);
      if (!show) {
        throw Boom.notFound();
      }
      const requests = await broker.call('requests.list', {
        showSlug: show.slug,
        status: request.query.status,
        limit: request.query.limit || 50,
      });
      return h.view('dashboard', { show, requests, status: request.query.status || 'all', user });
    },
  },
  {
    method: 'GET',
    path: '/playlists/{id}',
    handler: async (request, h) => {
      const id = Number.parseInt(request.params.id, 10);
      if (!Number.isInteger(id)) {
        throw Boom.badRequest('Invalid playlist id');
      }
      const playlist = await findPlaylistWithItems(id);
      if (!playlist || (!playlist.published && !currentUser(request))) {
        throw Boom.notFound();
      }
      const show = await showRepository.findById(playlist.showId);
      return h.response(renderPug('playlist', { playlist, show })).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/now-playing/{slug}',
    handler: async (request, h) => {
      const show = await showRepository.findBySlug(request.params.slug);
      if (!show) {
        throw Boom.notFound();
      }
      const [track] = await showRepository.recentTracks(show.id, 1);
      return h.response(renderPug('now_playing', { show, track: track || null })).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/embed/now-playing',
    handler: async (request) => {
      const claims = readEmbedToken(String(request.query.token || ''));
      if (!claims) {
        throw Boom.unauthorized('Invalid embed token');
      }
      const show = await showRepository.findBySlug(claims.show);
      if (!show) {
        throw Boom.notFound();
      }
      const [track] = await showRepository.recentTracks(show.id, 1);
      const body = { show: { slug: show.slug, title: show.title }, track: track ? track.displayName : null };
      if (claims.preview) {
        const drafts = await findDraftPlaylists(show.id, 5);
        body.upcoming = drafts.map((p) => ({ id: p.id, title: p.title, airDate: p.airDate, notes: p.notes }));
      }
      return body;
    },
  },
  {
    method: 'GET',
    path: '/embed/listener',
    handler: async (request) => {
      const user = currentUser(request);
      if (!user) {
        return { signedIn: false };
      }
      const prefs = await listenerRepository.loadPreferences(user.id);
      return { signedIn: true, name: user.name, favouriteShows: prefs.favouriteShows || [], email: prefs.contactEmail || null };
    },
  },
];
