'use strict';

const config = require('../config');

module.exports = require('knex')({ client: 'pg', connection: config.pg, pool: { min: 1, max: 10 } });
