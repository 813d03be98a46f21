import axios from 'axios';

const MAILER_URL = process.env.MAILER_URL ?? 'http://mailer.royalta.internal/v1/messages';

export async function sendMail(to: string, subject: string, html: string): Promise<void> {
  await axios.post(MAILER_URL, { to, subject, html, from: 'Royalta <no-reply@royalta.io>' }, { timeout: 5000 });
}
