import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TICKET_TIERS, TicketTier } from '../../events/dto/pricing-preview.dto';

export class AttendeeDto {
  @IsString()
  @Length(1, 120)
  name!: string;

  @IsIn(TICKET_TIERS)
  tier!: TicketTier;

  @IsOptional()
  @IsString()
  @MaxLength(16)
  seatLabel?: string;
}

export class CreateOrderDto {
  @IsUUID()
  eventId!: string;

  @IsEmail()
  buyerEmail!: string;

  @IsString()
  @Length(1, 120)
  buyerName!: string;

  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  attendees!: AttendeeDto[];
}

export class OrderSearchDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  email?: string;

  @IsOptional()
  @IsUUID()
  eventId?: string;

  @IsOptional()
  @IsIn(['pending', 'paid', 'partially_refunded', 'refunded', 'cancelled'])
  status?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}
