import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';

export class UpdatePromoterProfileDto {
  @IsOptional()
  @IsString()
  @Length(2, 80)
  displayName?: string;

  /** Rich text from the dashboard editor. */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  bio?: string;

  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  logoUrl?: string;
}

export class CreateExportDto {
  @IsUUID()
  eventId!: string;

  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';

  @IsOptional()
  @IsString()
  @MaxLength(80)
  fileName?: string;

  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  columns!: string[];
}
