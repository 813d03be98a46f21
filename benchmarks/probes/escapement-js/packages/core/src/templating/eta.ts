import path from 'node:path';
import { Eta } from 'eta';
import { config } from '../config';
import { escapeHtml, formatDate, formatPence } from '../util/html';

export const eta = new Eta({
  views: path.join(config.storage.templates, 'eta'),
  autoEscape: true,
  autoTrim: [false, 'nl'],
  cache: config.env === 'production',
});

export const viewHelpers = {
  money: formatPence,
  date: formatDate,
  escape: escapeHtml,
};

/**
 * Renders a short snippet (quote intro, footer) typed in the quote editor so staff can
 * insert the customer's name, the order reference and similar placeholders.
 */
export function renderInline(source: string, data: Record<string, unknown>): string {
  return eta.renderString(source, { ...data, helpers: viewHelpers }); // VULN ssti
}
