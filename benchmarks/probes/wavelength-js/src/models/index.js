'use strict';

const { Model } = require('objection');
require('../db/connections');

class Track extends Model {
  static get tableName() {
    return 'tracks';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['title', 'artist'],
      properties: {
        id: { type: 'integer' },
        showId: { type: 'integer' },
        title: { type: 'string', maxLength: 200 },
        artist: { type: 'string', maxLength: 200 },
        album: { type: ['string', 'null'] },
        year: { type: ['integer', 'null'] },
        bpm: { type: ['integer', 'null'] },
        durationSeconds: { type: 'integer' },
        audioFile: { type: ['string', 'null'] },
        playedAt: { type: ['string', 'null'] },
      },
    };
  }

  get displayName() {
    return `${this.artist} – ${this.title}`;
  }
}


class Show extends Model {
  static get tableName() {
    return 'shows';
  }

  static get idColumn() {
    return 'id';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['slug', 'title', 'djId'],
      properties: {
        id: { type: 'integer' },
        slug: { type: 'string', pattern: '^[a-z0-9-]{2,64}$' },
        title: { type: 'string', minLength: 1, maxLength: 140 },
        genre: { type: 'string', maxLength: 60 },
        description: { type: 'string', maxLength: 4000 },
        djId: { type: 'integer' },
        weekday: { type: 'integer', minimum: 0, maximum: 6 },
        startsAt: { type: 'string' },
        durationMinutes: { type: 'integer', minimum: 15, maximum: 480 },
        webhookUrl: { type: ['string', 'null'] },
        website: { type: ['string', 'null'] },
        shoutoutTemplate: { type: ['string', 'null'] },
        displaySettings: { type: 'object' },
      },
    };
  }

  static get relationMappings() {
    return {
      tracks: {
        relation: Model.HasManyRelation,
        modelClass: Track,
        join: { from: 'shows.id', to: 'tracks.show_id' },
      },
    };
  }

  $beforeUpdate() {
    this.updatedAt = new Date().toISOString();
  }
}

module.exports = { Show, Track };
