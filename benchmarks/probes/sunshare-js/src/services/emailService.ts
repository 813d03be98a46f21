import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { prisma } from '@/lib/db';
import type { StatementDoc } from '@/models/StatementArchive';
import type { MemberSettings } from './settingsService';

// Statement documents come straight from mongoose, whose fields are prototype getters.
const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: true,
  allowProtoMethodsByDefault: true,
};

Handlebars.registerHelper('money', (cents: number) => `$${(Number(cents) / 100).toFixed(2)}`);
Handlebars.registerHelper('kwh', (value: number) => `${Number(value).toLocaleString('en-US')} kWh`);

const TEMPLATE_DIR = path.join(process.cwd(), 'templates');

const statementTemplate = Handlebars.compile(fs.readFileSync(path.join(TEMPLATE_DIR, 'statement-email.hbs'), 'utf8')); // SAFE ssti

export async function renderStatementEmail(statement: StatementDoc, settings: MemberSettings): Promise<string> {
  const member = await prisma.member.findUniqueOrThrow({
    where: { id: statement.memberId },
    select: { displayName: true, shareCount: true },
  });

  const context = {
    memberName: member.displayName,
    shares: member.shareCount,
    statement,
    period: statement.period,
    kwhProduced: statement.kwhProduced,
    creditCents: statement.creditCents,
    installerNote: statement.installerNote,
  };

  // Members can personalise the greeting line, e.g. "Hi {{memberName}}, your panels made {{kwh kwhProduced}}!"
  let intro = '';
  const introTemplate = settings.email?.introTemplate;
  if (introTemplate) {
    intro = Handlebars.compile(introTemplate)(context, RUNTIME_OPTIONS); // VULN ssti
  }

  return statementTemplate({ ...context, intro }, RUNTIME_OPTIONS);
}
