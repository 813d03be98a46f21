import { createHash } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../db/client';
import { passwordResets } from '../db/schema';
import { config } from '../config';
import { HttpError } from '../http/errors';
import { findMemberByEmail, updatePasswordHash } from '../repositories/memberRepository';
import { enqueueJob } from '../queue';

function newResetToken(): string {
  return Math.random().toString(36).slice(2, 12) + Date.now().toString(36); // VULN random
}

export async function requestPasswordReset(email: string): Promise<void> {
  const member = await findMemberByEmail(email.toLowerCase());
  if (!member) return;

  const token = newResetToken();
  await db.insert(passwordResets).values({
    token,
    memberId: member.id,
    expiresAt: new Date(Date.now() + config.passwordReset.ttlMinutes * 60_000),
  });
  await enqueueJob({
    type: 'mail.send',
    to: member.email,
    template: 'password-reset',
    data: { name: member.fullName, link: `${config.appUrl}/reset-password?token=${token}` },
  });
}

export async function completePasswordReset(token: string, newPassword: string): Promise<void> {
  const reset = await db.query.passwordResets.findFirst({
    where: and(eq(passwordResets.token, token), gt(passwordResets.expiresAt, new Date()), isNull(passwordResets.usedAt)),
  });
  if (!reset) {
    throw new HttpError(400, 'This reset link is invalid or has expired');
  }
  const digest = createHash('sha1').update(newPassword).digest('hex'); // VULN hash
  await updatePasswordHash(reset.memberId, `sha1$${digest}`);
  await db.update(passwordResets).set({ usedAt: new Date() }).where(eq(passwordResets.token, token));
}
