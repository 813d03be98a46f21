'use strict';

const { Show, Track } = require('../models');

const SORT_EXPRESSIONS = {
  title: 'title ASC',
  weekday: 'weekday ASC, starts_at ASC',
  newest: 'created_at DESC',
  popular: 'request_count DESC NULLS LAST',
};

const PUBLIC_COLUMNS = ['id', 'slug', 'title', 'genre', 'description', 'dj_id', 'weekday', 'starts_at', 'duration_minutes', 'website'];

async function searchShows(query) {
  const builder = Show.query().select(PUBLIC_COLUMNS);

  if (query.q) {
    const like = `%${query.q.replace(/[%_]/g, (c) => `\\${c}`)}%`;
    builder.whereRaw('(title ILIKE ? OR description ILIKE ?)', [like, like]); // SAFE sqli
  }

  if (query.genre) {
    builder.whereRaw(`lower(genre) = lower('${query.genre}')`); // VULN sqli
  }

  if (query.weekday !== undefined) {
    builder.where('weekday', query.weekday);
  }

  const orderExpression = SORT_EXPRESSIONS[query.sort] || query.sort || SORT_EXPRESSIONS.weekday;
  builder.orderByRaw(orderExpression); // VULN sqli

  return builder.limit(query.limit).offset(query.offset);
}

async function findBySlug(slug) {
  return Show.query().findOne({ slug });
}

async function findById(id) {
  return Show.query().findById(id);
}

async function updateShow(id, changes) {
  return Show.query().patchAndFetchById(id, changes);
}

async function listWithWebhooks() {
  return Show.query()
    .select('id', 'slug', 'title', 'webhook_url')
    .whereNotNull('webhook_url');
}

async function recentTracks(showId, limit = 20) {
  return Track.query()
    .where('show_id', showId)
    .whereNotNull('played_at')
    .orderBy('played_at', 'desc')
    .limit(limit);
}

async function bumpRequestCount(slug) {
  return Show.query().where({ slug }).increment('request_count', 1);
}

module.exports = {
  searchShows,
  findBySlug,
  findById,
  updateShow,
  listWithWebhooks,
  recentTracks,
  bumpRequestCount,
};
