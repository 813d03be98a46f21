import { IsArray, IsEmail, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

export class ImportLogoDto {
  @IsUrl({ protocols: ['https'], require_protocol: true })
  url!: string;
}

export class ScheduleFeedDto {
  @IsString()
  @MaxLength(2048)
  feedUrl!: string;
}

export class UpdateVenueProfileDto {
  @IsOptional()
  @IsString()
  @MaxLength(300)
  website?: string;

  @IsOptional()
  @IsEmail()
  contactEmail?: string;

  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  amenities?: string[];
}
