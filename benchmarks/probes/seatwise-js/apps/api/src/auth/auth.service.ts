import { ConflictException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import got from 'got';
import { Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/configuration';
import { PromoterAccount } from '../promoters/entities/promoter-account.entity';
import { RegisterPromoterDto } from './dto/auth.dto';
import { hashPassword, verifyPassword } from './passwords';
import { StaffDirectoryService } from './staff-directory.service';
import { TokenResponse, TokenService } from './token.service';

interface SsoTokenResponse {
  access_token: string;
  token_type: string;
}

interface SsoUserInfo {
  sub: string;
  email: string;
  email_verified?: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly directory: StaffDirectoryService,
    private readonly tokens: TokenService,
    @InjectRepository(PromoterAccount) private readonly promoters: Repository<PromoterAccount>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async loginStaff(username: string, password: string): Promise<TokenResponse> {
    const entry = await this.directory.findStaff(username);
    if (!entry) {
      throw new UnauthorizedException('Unknown staff account');
    }
    if (!(await this.directory.checkPassword(entry.dn, password))) {
      throw new UnauthorizedException('Invalid credentials');
    }
    return this.tokens.issueAccessToken({ sub: entry.uid, role: entry.role, venueIds: entry.venueIds });
  }

  async loginWithBadge(badgeId: string, pin: string): Promise<TokenResponse> {
    const entry = await this.directory.findByBadge(badgeId, pin);
    if (!entry) {
      throw new UnauthorizedException('Badge or PIN not recognised');
    }
    return this.tokens.issueAccessToken({ sub: entry.uid, role: 'staff', venueIds: entry.venueIds });
  }

  async registerPromoter(dto: RegisterPromoterDto): Promise<{ id: string }> {
    const email = dto.email.trim().toLowerCase();
    if ((await this.promoters.count({ where: { email } })) > 0) {
      throw new ConflictException('An account with this email already exists');
    }
    const account = this.promoters.create({
      email,
      displayName: dto.displayName,
      companyName: dto.companyName,
      passwordHash: await hashPassword(dto.password),
      settings: {},
      notificationSettings: { email: { dailySummary: true, lowStock: true, refunds: true }, lowStockThreshold: 25 },
    });
    const saved = await this.promoters.save(account);
    return { id: saved.id };
  }

  async loginPromoter(email: string, password: string): Promise<TokenResponse> {
    const account = await this.promoters.findOne({ where: { email: email.trim().toLowerCase() } });
    if (!account || !(await verifyPassword(password, account.passwordHash))) {
      throw new UnauthorizedException('Invalid email or password');
    }
    return this.tokens.issueAccessToken({
      sub: account.id,
      role: 'promoter',
      email: account.email,
      promoterId: account.id,
    });
  }

  async exchangeSsoCode(code: string): Promise<TokenResponse> {
    const token = await got
      .post(this.config.sso.tokenUrl, {
        form: {
          grant_type: 'authorization_code',
          code,
          redirect_uri: this.config.sso.redirectUri,
          client_id: this.config.sso.clientId,
          client_secret: this.config.sso.clientSecret,
        },
        timeout: 10000,
      })
      .json<SsoTokenResponse>();
    const info = await got
      .get(this.config.sso.userInfoUrl, {
        headers: { authorization: `Bearer ${token.access_token}` },
        timeout: 10000,
      })
      .json<SsoUserInfo>();

    if (!info.email_verified) {
      throw new UnauthorizedException('SSO account email is not verified');
    }
    const account = await this.promoters.findOne({ where: { email: info.email.toLowerCase() } });
    if (!account) {
      throw new UnauthorizedException('No promoter account is linked to this login');
    }
    return this.tokens.issueAccessToken({ sub: account.id, role: 'promoter', email: account.email, promoterId: account.id });
  }
}
