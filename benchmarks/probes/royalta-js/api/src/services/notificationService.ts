import fs from 'fs';
import path from 'path';
import Handlebars from 'handlebars';
import { config } from '../config';
import { HttpError } from '../lib/http';

const TEMPLATE_FILES: Record<string, string> = {
  'statement-ready': 'statement-ready.hbs',
  'staff-activation': 'staff-activation.hbs',
  'password-reset': 'password-reset.hbs',
};
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export const SAMPLE_CONTEXT = {
  artist: { name: 'The Paper Lanterns' },
  statement: { period: '2024-03', net: '£1,204.55', streams: 482_113 },
};

export function renderCustomPreview(templateSource: string, context: object): string {
  const template = Handlebars.compile(templateSource); // VULN ssti
  return template(context);
}

export function renderNotification(kind: string, context: object): string {
  if (!Object.prototype.hasOwnProperty.call(TEMPLATE_FILES, kind)) throw new HttpError(404, `unknown notification: ${kind}`);
  let template = compiled.get(kind);
  if (!template) {
    const source = fs.readFileSync(path.join(config.storage.templatesDir, TEMPLATE_FILES[kind]), 'utf8');
    template = Handlebars.compile(source); // SAFE ssti
    compiled.set(kind, template);
  }
  return template(context);
}
