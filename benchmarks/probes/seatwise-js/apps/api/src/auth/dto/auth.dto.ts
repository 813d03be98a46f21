import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';

export class StaffLoginDto {
  @IsString()
  @Length(2, 64)
  username!: string;

  @IsString()
  @MaxLength(256)
  password!: string;
}

export class BadgeLoginDto {
  @IsString()
  @Matches(/^[0-9A-Z]{4,12}$/)
  badgeId!: string;

  @IsString()
  @MaxLength(12)
  pin!: string;
}

export class PromoterLoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MaxLength(256)
  password!: string;
}

export class RegisterPromoterDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password!: string;

  @IsString()
  @Length(2, 120)
  companyName!: string;

  @IsString()
  @Length(2, 80)
  displayName!: string;

  @IsOptional()
  @IsString()
  @MaxLength(32)
  vatNumber?: string;
}
