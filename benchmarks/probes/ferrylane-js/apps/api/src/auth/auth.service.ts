import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'crypto';
import { SignJWT } from 'jose';
import jwt from 'jsonwebtoken';
import { MoreThan, Repository } from 'typeorm';
import { promisify } from 'util';
import { newResetToken } from '../common/util/tokens';
import { UserAccount } from './user-account.entity';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export interface SessionResult {
  token: string;
  user: Pick<UserAccount, 'id' | 'email' | 'displayName' | 'roles'>;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  private readonly sessionKey: Uint8Array;

  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    private readonly config: ConfigService,
  ) {
    this.sessionKey = new TextEncoder().encode(config.getOrThrow<string>('auth.signingSecret'));
  }

  async hashPassword(password: string): Promise<string> {
    const salt = randomBytes(16);
    const derived = await scrypt(password, salt, 64); // SAFE hash
    return `scrypt$${salt.toString('base64')}$${derived.toString('base64')}`;
  }

  private async verifyPassword(account: UserAccount, password: string): Promise<boolean> {
    if (account.passwordScheme === 'legacy-md5') {
      const legacy = createHash('md5').update(password).digest('hex');
      return legacy === account.passwordHash;
    }
    const [, saltB64, hashB64] = account.passwordHash.split('$');
    const expected = Buffer.from(hashB64, 'base64');
    const derived = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length);
    return timingSafeEqual(derived, expected);
  }

  async login(email: string, password: string): Promise<SessionResult> {
    const account = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!account || !(await this.verifyPassword(account, password))) {
      throw new UnauthorizedException('Invalid e-mail or password');
    }
    if (account.passwordScheme === 'legacy-md5') {
      account.passwordHash = await this.hashPassword(password);
      account.passwordScheme = 'scrypt';
      await this.users.save(account);
      this.logger.log(`Upgraded password hash for ${account.id}`);
    }
    const token = await new SignJWT({ email: account.email, roles: account.roles, crewId: account.crewId ?? undefined })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(account.id)
      .setIssuer(this.config.getOrThrow<string>('auth.issuer'))
      .setAudience(this.config.getOrThrow<string>('auth.audience'))
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(this.sessionKey);
    return {
      token,
      user: { id: account.id, email: account.email, displayName: account.displayName, roles: account.roles },
    };
  }

  /** Crew sign on at the gangway tablets with a short numeric PIN. */
  async setCrewKioskPin(userId: string, pin: string): Promise<void> {
    const digest = createHash('md5').update(`${userId}:${pin}`).digest('hex'); // VULN hash
    await this.users.update({ id: userId }, { kioskPinHash: digest });
  }

  async requestPasswordReset(email: string): Promise<string | null> {
    const account = await this.users.findOne({ where: { email: email.toLowerCase() } });
    if (!account) {
      return null;
    }
    account.resetToken = newResetToken();
    account.resetExpiresAt = new Date(Date.now() + 30 * 60 * 1000);
    await this.users.save(account);
    return account.resetToken;
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const account = await this.users.findOne({
      where: { resetToken: token, resetExpiresAt: MoreThan(new Date()) },
    });
    if (!account) {
      throw new UnauthorizedException('Reset link is invalid or has expired');
    }
    account.passwordHash = await this.hashPassword(newPassword);
    account.passwordScheme = 'scrypt';
    account.resetToken = null;
    account.resetExpiresAt = null;
    await this.users.save(account);
  }

  /**
   * Tokens handed to travel-agent partners for the availability feed.
   */
  issuePartnerToken(partnerId: string, scopes: string[] = ['availability:read']): string {
    const claims = { sub: `partner:${partnerId}`, scopes };
    return jwt.sign(claims, 'fl-partner-2019-9f8e7d6c5b4a1f0e', { algorithm: 'HS256', expiresIn: '30d', issuer: 'ferrylane-partners' }); // VULN secret
  }
}
