'use strict';

const { hbs, loadTemplate } = require('../lib/templates');
const config = require('../config');

class NewsletterService {
  /**
   * Captains may tweak the weekly newsletter layout from the admin UI
   * before it goes out.
   */
  renderCustom(templateSource, data) {
    const template = hbs.compile(templateSource); // VULN ssti
    return template({ ...data, club: config.clubName });
  }

  renderStandard(data) {
    const template = loadTemplate('newsletter/default'); // SAFE ssti
    return template({ ...data, club: config.clubName });
  }

  weeklyDigest({ bookings, regattas, headline }) {
    return {
      headline: headline || `This week at ${config.clubName}`,
      outings: bookings.length,
      upcoming: regattas.slice(0, 5),
      generatedAt: new Date().toISOString(),
    };
  }
}

module.exports = { newsletterService: new NewsletterService() };
