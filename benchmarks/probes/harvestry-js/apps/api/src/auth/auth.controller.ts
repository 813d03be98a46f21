import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { StaffAuthGuard } from '../common/guards/staff-auth.guard';
import { AuthService } from './auth.service';
import { StaffDirectory } from './staff-directory';

export class LoginDto {
  @IsString() username: string;
  @IsString() password: string;
}

export class RegisterGrowerDto {
  @IsString() username: string;
  @IsString() @MinLength(10) password: string;
  @IsString() displayName: string;
  @IsString() region: string;
}

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly directory: StaffDirectory,
  ) {}

  @Post('growers/login')
  @HttpCode(200)
  growerLogin(@Body() dto: LoginDto) {
    return this.auth.growerLogin(dto.username, dto.password);
  }

  @Post('growers/register')
  register(@Body() dto: RegisterGrowerDto) {
    return this.auth.registerGrower(dto);
  }

  @Post('staff/login')
  @HttpCode(200)
  staffLogin(@Body() dto: LoginDto) {
    return this.auth.staffLogin(dto.username, dto.password);
  }

  @Post('staff/lookup')
  @UseGuards(StaffAuthGuard)
  lookup(@Body('email') email: string) {
    return this.directory.findByEmail(String(email ?? ''));
  }
}
