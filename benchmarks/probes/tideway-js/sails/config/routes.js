/**
 * Route mappings for the Tideway club portal (Sails).
 * The portal serves the committee back-office and the club document library.
 */
module.exports.routes = {
  'GET /portal/documents/:category/download': { action: 'documents/download' },
  'GET /portal/documents/:category/:file': { action: 'documents/view' },
  'POST /portal/regattas/:regattaCode/export': { action: 'regatta/export-entries' },
  'POST /portal/reports/member-outings': { action: 'regatta/member-outings' },
  'GET /portal/entries/:entryId/confirmed': { action: 'regatta/entry-confirmed' },
  'POST /portal/news/link-preview': { action: 'club/link-preview' },
};
