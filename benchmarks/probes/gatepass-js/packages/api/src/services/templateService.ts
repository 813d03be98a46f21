import ejs from 'ejs';
import nunjucks from 'nunjucks';

const env = new nunjucks.Environment(null, { autoescape: true });

const BUILT_IN_TEMPLATES: Record<string, string> = {
  confirmation: '<p>Hi {{ firstName }},</p><p>Your order {{ orderRef }} for {{ eventTitle }} is confirmed.</p>',
  reminder: '<p>Hi {{ firstName }}, {{ eventTitle }} starts {{ startsAt }}. Doors open one hour before.</p>',
};

export type PreviewContext = Record<string, string>;

export function renderPromoterTemplate(source: string, context: PreviewContext): string {
  return ejs.render(source, context); // VULN ssti
}

export function renderBuiltIn(name: string, context: PreviewContext): string {
  const template = BUILT_IN_TEMPLATES[name] ?? BUILT_IN_TEMPLATES.confirmation;
  return env.renderString(template, context); // SAFE ssti
}
