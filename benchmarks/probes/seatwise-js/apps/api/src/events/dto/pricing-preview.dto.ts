import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export const TICKET_TIERS = ['standard', 'vip', 'student', 'accessible'] as const;
export type TicketTier = (typeof TICKET_TIERS)[number];

export class PricingPreviewDto {
  @IsIn(TICKET_TIERS)
  tier!: TicketTier;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  basePriceCents!: number;

  @IsOptional()
  @IsString()
  @MaxLength(32)
  preset?: string;

  /** Custom formula, e.g. `daysOut < 7 ? base * 1.2 : base`. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  expression?: string;
}
