import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { BookingStatus } from '../booking.entity';

const STATUSES: BookingStatus[] = ['held', 'confirmed', 'checked_in', 'boarded', 'cancelled', 'no_show'];

export class SearchBookingsDto {
  @IsOptional()
  @IsString()
  @MaxLength(120)
  passengerName?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: BookingStatus;

  @IsOptional()
  @IsUUID()
  sailingId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  page?: number;
}

export class CreateBookingDto {
  @IsUUID()
  sailingId!: string;

  @IsString()
  @Length(2, 120)
  passengerName!: string;

  @IsEmail()
  passengerEmail!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  passengerCount!: number;

  @IsOptional()
  @Matches(/^[A-Z0-9 -]{2,10}$/)
  vehicleReg?: string;

  @IsOptional()
  @IsIn(['car', 'van', 'motorcycle', 'bicycle', 'coach', 'hgv'])
  vehicleClass?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{3,40}$/)
  partnerId?: string;

  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  partnerReturnUrl?: string;
}

export class CheckInDto {
  @Matches(/^FL[A-Z0-9]{6}$/)
  reference!: string;

  @Matches(/^[0-9]{6}$/)
  pin!: string;
}
