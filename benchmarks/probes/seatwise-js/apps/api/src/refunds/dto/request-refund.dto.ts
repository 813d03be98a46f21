import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, MaxLength, Min } from 'class-validator';

export const REFUND_REASONS = ['requested_by_customer', 'event_cancelled', 'event_rescheduled', 'duplicate', 'other'] as const;

export class RequestRefundDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  amountCents!: number;

  @IsIn(REFUND_REASONS)
  reason!: (typeof REFUND_REASONS)[number];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  /** Promoter systems can ask to be called back when the provider settles the refund. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  notifyUrl?: string;
}
