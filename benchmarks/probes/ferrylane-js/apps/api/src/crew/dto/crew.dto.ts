import { Type } from 'class-transformer';
import { IsArray, IsDateString, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

/** Filter posted by the roster planner grid. */
export interface RosterFilter {
  crewId?: string;
  vesselCode?: string;
  from?: string;
  to?: string;
}

export class VesselRosterQueryDto {
  @Matches(/^[A-Z0-9]{3,8}$/)
  vessel!: string;

  @IsOptional()
  @IsDateString()
  from?: string;
}

export class SwapBoardQueryDto {
  @IsString()
  @MaxLength(40)
  vessel!: string;
}

export class DirectoryQueryDto {
  @IsString()
  @MaxLength(200)
  @Matches(/@ferrylane\.example/, { message: 'Only company addresses can be looked up' })
  email!: string;
}

export class CreateNoticeDto {
  @Matches(/^[a-z0-9-]{3,60}$/)
  slug!: string;

  @IsString()
  @Length(3, 140)
  title!: string;

  @IsString()
  @MaxLength(20_000)
  bodyHtml!: string;

  @IsString()
  @MaxLength(280)
  summary!: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  footerHtml?: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  messageTemplate?: string;

  @IsOptional()
  @IsArray()
  @Matches(/^[A-Z0-9]{3,8}$/, { each: true })
  vessels?: string[];
}

export class SharedDocumentQueryDto {
  @IsString()
  @MaxLength(300)
  name!: string;
}

export class CertificateUploadDto {
  @IsString()
  @Length(2, 40)
  kind!: string;

  @IsString()
  @Length(2, 40)
  number!: string;

  @Type(() => Date)
  expiresOn!: Date;
}
