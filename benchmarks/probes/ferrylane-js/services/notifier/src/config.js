'use strict';

const path = require('path');

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing environment variable ${name}`);
  }
  return value;
}

module.exports = {
  port: parseInt(process.env.PORT || '4010', 10),
  apiBaseUrl: process.env.FERRYLANE_API_URL || 'http://api.internal:3000/api',
  serviceToken: process.env.NOTIFIER_SERVICE_TOKEN || '',
  jwtSecret: required('NOTIFIER_JWT_SECRET'),
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/ferrylane',
  webBaseUrl: process.env.WEB_BASE_URL || 'https://book.ferrylane.example',
  viewsDir: path.join(__dirname, '..', 'views'),
  attachmentDir: process.env.NOTICE_ATTACHMENTS || '/var/lib/ferrylane/notice-attachments',
  brandDir: path.join(__dirname, '..', 'assets', 'brand'),
  spoolDir: process.env.PRINT_SPOOL || '/var/spool/ferrylane',
  allowedOrigins: (process.env.NOTIFIER_ORIGINS || 'https://crew.ferrylane.example,https://kiosk.ferrylane.example')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
};
