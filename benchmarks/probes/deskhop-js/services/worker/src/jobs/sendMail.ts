import nodemailer from 'nodemailer';
import { config } from '../config';

export interface MailJob {
  type: 'mail.send';
  to: string;
  template: string;
  data: Record<string, string>;
}

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  secure: config.smtp.port === 465,
  auth: { user: config.smtp.user, pass: config.smtp.password },
});

const TEMPLATES: Record<string, { subject: string; text: (d: Record<string, string>) => string }> = {
  'password-reset': {
    subject: 'Reset your Deskhop password',
    text: (d) => `Hi ${d.name},\n\nUse this link to choose a new password (valid for one hour):\n${d.link}\n\nIf you did not ask for this, ignore this email.\n`,
  },
  'visitor-arrived': {
    subject: 'Your visitor has arrived',
    text: (d) => `Hi ${d.hostName},\n\n${d.visitorName} is waiting for you at reception.\n`,
  },
};

export async function sendMail(job: MailJob): Promise<void> {
  const template = Object.prototype.hasOwnProperty.call(TEMPLATES, job.template) ? TEMPLATES[job.template] : undefined;
  if (!template) {
    throw new Error(`unknown mail template ${job.template}`);
  }
  await transport.sendMail({
    from: config.smtp.from,
    to: job.to,
    subject: template.subject,
    text: template.text(job.data ?? {}),
  });
}
