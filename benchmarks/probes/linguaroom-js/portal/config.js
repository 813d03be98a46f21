'use strict';

const path = require('path');

module.exports = {
  port: Number(process.env.PORT || 4000),
  publicUrl: process.env.PORTAL_URL || 'https://parents.linguaroom.school',
  mongoUrl: process.env.MONGO_URL || 'mongodb://127.0.0.1:27017',
  mongoDatabase: process.env.MONGO_DB || 'linguaroom',
  apiBase: process.env.LINGUAROOM_API_URL || 'http://api.internal:3000',
  apiToken: process.env.LINGUAROOM_API_TOKEN,
  contractsDir: process.env.CONTRACTS_DIR || '/srv/linguaroom/contracts',
  reportCardsDir: process.env.REPORT_CARDS_DIR || '/srv/linguaroom/report-cards',
  resetTokenMinutes: 45,
  publicDir: path.join(__dirname, 'public'),
};
