import { Body, Controller, Get, Post, Query, UseGuards } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsNumberString,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { AuthUser, CurrentUser, JwtAuthGuard, Public } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { FareRulesService } from './fare-rules.service';

export class CreateFareRuleDto {
  @Matches(/^[A-Z0-9-]{2,12}$/)
  routeCode!: string;

  @IsString()
  @MaxLength(80)
  name!: string;

  @IsString()
  @MaxLength(500)
  condition!: string;

  @IsNumberString()
  adjustmentPercent!: string;

  @IsOptional()
  @IsObject()
  options?: Record<string, unknown>;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  priority?: number;
}

export class FareTableUploadDto {
  @IsString()
  @MaxLength(200_000)
  document!: string;
}

export class QuoteQueryDto {
  @Matches(/^[A-Z0-9-]{2,12}$/)
  routeCode!: string;

  @IsDateString()
  departsAt!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  passengers!: number;

  @IsOptional()
  @IsIn(['car', 'van', 'motorcycle', 'bicycle', 'coach', 'hgv'])
  vehicleClass?: string;
}

@Controller('pricing')
@UseGuards(JwtAuthGuard, RolesGuard)
export class PricingController {
  constructor(private readonly fares: FareRulesService) {}

  @Public()
  @Get('quote')
  async quote(@Query() q: QuoteQueryDto): Promise<{ totalCents: number; currency: 'EUR' }> {
    const totalCents = await this.fares.quote({
      routeCode: q.routeCode,
      departsAt: new Date(q.departsAt),
      passengers: q.passengers,
      vehicleClass: q.vehicleClass ?? null,
    });
    return { totalCents, currency: 'EUR' };
  }

  @Post('rules')
  @Roles('agent')
  createRule(@Body() dto: CreateFareRuleDto, @CurrentUser() user: AuthUser) {
    return this.fares.createRule(dto, user.id);
  }

  @Post('fare-tables')
  @Roles('agent')
  importFareTable(@Body() dto: FareTableUploadDto) {
    return this.fares.importFareTable(dto.document);
  }

  @Post('peak-calendar')
  @Roles('agent')
  importPeakCalendar(@Body() dto: FareTableUploadDto) {
    return this.fares.importPeakCalendar(dto.document);
  }
}
