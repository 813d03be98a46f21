import { Body, Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isSafeRelativePath, isTrustedDomain } from '../common/util/urls';
import { APP_CONFIG, AppConfig } from '../config/configuration';
import { AuthService } from './auth.service';
import { BadgeLoginDto, PromoterLoginDto, RegisterPromoterDto, StaffLoginDto } from './dto/auth.dto';

const SESSION_COOKIE = 'sw_session';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('staff/login')
  @HttpCode(200)
  staffLogin(@Body() dto: StaffLoginDto) {
    return this.auth.loginStaff(dto.username, dto.password);
  }

  @Post('staff/badge')
  @HttpCode(200)
  badgeLogin(@Body() dto: BadgeLoginDto) {
    return this.auth.loginWithBadge(dto.badgeId, dto.pin);
  }

  @Post('promoter/register')
  registerPromoter(@Body() dto: RegisterPromoterDto) {
    return this.auth.registerPromoter(dto);
  }

  @Post('promoter/login')
  @HttpCode(200)
  async promoterLogin(@Body() dto: PromoterLoginDto, @Res({ passthrough: true }) res: Response) {
    const token = await this.auth.loginPromoter(dto.email, dto.password);
    res.cookie(SESSION_COOKIE, token.accessToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      maxAge: token.expiresIn * 1000,
    });
    return token;
  }

  @Get('sso/callback')
  async ssoCallback(
    @Query('code') code: string,
    @Query('returnTo') returnTo: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const token = await this.auth.exchangeSsoCode(code);
    res.cookie(SESSION_COOKIE, token.accessToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      maxAge: token.expiresIn * 1000,
    });
    const target = returnTo && isSafeRelativePath(returnTo) ? returnTo : '/dashboard';
    res.redirect(302, `${this.config.webBaseUrl}${target}`); // SAFE redirect
  }

  @Get('logout')
  logout(@Query('next') next: string | undefined, @Res() res: Response): void {
    res.clearCookie(SESSION_COOKIE);
    if (next && isTrustedDomain(next)) {
      res.redirect(302, next); // VULN redirect
      return;
    }
    res.redirect(302, `${this.config.webBaseUrl}/`);
  }
}
