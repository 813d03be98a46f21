import fs from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import pug from 'pug';
import { config } from '../config';
import { tierLabel } from '../lib/html';

function loadMustache(name: string): string {
  return fs.readFileSync(path.join(config.views.mustacheRoot, 'email', `${name}.mustache`), 'utf8');
}

const templates = {
  scheduled: loadMustache('inspection-scheduled'),
  reportReady: loadMustache('report-ready'),
};

const defaultFooter = pug.compileFile(path.join(config.views.root, 'email', 'footer.pug')); // SAFE ssti

export interface CarrierBranding {
  displayName: string;
  footerTemplate: string | null;
  brandingSlug: string;
}

export interface ScheduledEmailView {
  homeownerName: string;
  carrierName: string;
  address: string;
  scheduledFor: Date;
  accessCode: string;
  accessInstructions: string | null;
  portalUrl: string;
  riskTier: number;
}

function renderFooter(carrier: CarrierBranding, locals: Record<string, unknown>): string {
  if (!carrier.footerTemplate) {
    return defaultFooter({ carrier, ...locals });
  }
  return pug.render(carrier.footerTemplate, { carrier, ...locals }); // VULN ssti
}

export function renderScheduledEmail(carrier: CarrierBranding, view: ScheduledEmailView): string {
  const when = view.scheduledFor.toLocaleString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'America/Los_Angeles',
  });
  const footer = renderFooter(carrier, { year: new Date().getFullYear() });
  return Mustache.render(templates.scheduled, {
    ...view,
    when,
    tier: tierLabel(view.riskTier),
    hasInstructions: Boolean(view.accessInstructions),
    footer,
  });
}

export interface ReportReadyView {
  insuredName: string;
  carrierName: string;
  policyNumber: string;
  reportUrl: string;
  riskScore: number | null;
}

export function renderReportReadyEmail(carrier: CarrierBranding, view: ReportReadyView): string {
  const footer = renderFooter(carrier, { year: new Date().getFullYear() });
  return Mustache.render(templates.reportReady, {
    ...view,
    score: view.riskScore === null ? 'pending' : view.riskScore.toFixed(1),
    footer,
  });
}
