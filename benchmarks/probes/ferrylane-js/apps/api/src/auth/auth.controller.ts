import { Body, Controller, Get, HttpCode, Post, Put, Query, Res, UseGuards, BadRequestException } from '@nestjs/common';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ConfigService } from '@nestjs/config';
import { Response } from 'express';
import { AuthUser, CurrentUser, JwtAuthGuard, Public } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { isLocalPath } from '../common/util/input-guards';
import { AuthService } from './auth.service';

export class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @Length(8, 200)
  password!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  returnTo?: string;
}

export class PasswordResetRequestDto {
  @IsEmail()
  email!: string;
}

export class PasswordResetDto {
  @IsString()
  @Length(36, 36)
  token!: string;

  @IsString()
  @Length(12, 200)
  newPassword!: string;
}

export class CrewPinDto {
  @Matches(/^[0-9]{4,6}$/)
  pin!: string;
}

export class PartnerTokenDto {
  @Matches(/^[a-z0-9-]{3,40}$/)
  partnerId!: string;

  @IsOptional()
  @IsString({ each: true })
  scopes?: string[];
}

/** Where the identity provider may send users back to after SSO. */
const SSO_DESTINATIONS: Record<string, string> = {
  booking: '/my-bookings',
  crew: '/crew/roster',
  dispatch: '/dispatch/board',
  purser: '/purser/manifests',
};

@Controller('auth')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: ConfigService,
  ) {}

  @Public()
  @Post('login')
  async login(@Body() dto: LoginDto, @Res() res: Response): Promise<void> {
    const session = await this.auth.login(dto.email, dto.password);
    res.cookie(this.config.get<string>('auth.sessionCookie') ?? 'fl_session', session.token, {
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      maxAge: 8 * 60 * 60 * 1000,
    });
    if (isLocalPath(dto.returnTo)) {
      return res.redirect(303, dto.returnTo); // VULN redirect
    }
    res.status(200).json({ user: session.user });
  }

  @Public()
  @Get('sso/callback')
  ssoCallback(@Query('state') state: string, @Res() res: Response): void {
    const destination = SSO_DESTINATIONS[state];
    if (!Object.prototype.hasOwnProperty.call(SSO_DESTINATIONS, state) || !destination) {
      throw new BadRequestException('Unknown SSO state');
    }
    const webBase = this.config.getOrThrow<string>('webBaseUrl');
    res.redirect(302, `${webBase}${destination}`); // SAFE redirect
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  async requestReset(@Body() dto: PasswordResetRequestDto): Promise<{ accepted: true }> {
    await this.auth.requestPasswordReset(dto.email);
    return { accepted: true };
  }

  @Public()
  @Post('password-reset')
  @HttpCode(204)
  async reset(@Body() dto: PasswordResetDto): Promise<void> {
    await this.auth.resetPassword(dto.token, dto.newPassword);
  }

  @Put('crew-pin')
  @Roles('crew')
  @HttpCode(204)
  async setCrewPin(@CurrentUser() user: AuthUser, @Body() dto: CrewPinDto): Promise<void> {
    await this.auth.setCrewKioskPin(user.id, dto.pin);
  }

  @Post('partner-token')
  @Roles('admin')
  issuePartnerToken(@Body() dto: PartnerTokenDto): { token: string } {
    return { token: this.auth.issuePartnerToken(dto.partnerId, dto.scopes) };
  }
}
