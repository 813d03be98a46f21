import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';
import { JwtAuthGuard, Public } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { SailingsService } from './sailings.service';

export class DepartureQueryDto {
  @Matches(/^[A-Z]{5}$/)
  port!: string;

  @IsDateString()
  date!: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  sort?: string;

  @IsOptional()
  @IsIn(['ASC', 'DESC'])
  direction?: 'ASC' | 'DESC';
}

export class VesselScheduleQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sort?: string;

  @IsDateString()
  from!: string;

  @IsDateString()
  to!: string;
}

export class PortCallSyncDto {
  @IsUrl({ require_tld: false })
  sourceUrl!: string;
}

export class BerthLookupDto {
  @IsString()
  @MaxLength(400)
  scheduleUrl!: string;
}

export class VesselPositionParams {
  @Type(() => Number)
  @IsInt()
  @Min(1000000)
  @Max(9999999)
  imo!: number;
}

export class StatusChangeDto {
  @IsIn(['scheduled', 'boarding', 'departed', 'arrived', 'delayed', 'cancelled'])
  status!: 'scheduled' | 'boarding' | 'departed' | 'arrived' | 'delayed' | 'cancelled';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  remarks?: string;
}

@Controller('sailings')
@UseGuards(JwtAuthGuard, RolesGuard)
export class SailingsController {
  constructor(private readonly sailings: SailingsService) {}

  @Public()
  @Get('departures')
  departures(@Query() q: DepartureQueryDto) {
    return this.sailings.departures(q.port, q.date, q.sort, q.direction);
  }

  @Get('vessels/:vesselCode/schedule')
  @Roles('dispatcher', 'crew')
  vesselSchedule(@Param('vesselCode') vesselCode: string, @Query() q: VesselScheduleQueryDto) {
    return this.sailings.vesselSchedule(vesselCode, q.sort, q.from, q.to);
  }

  @Get('vessels/:imo/position')
  @Roles('dispatcher')
  vesselPosition(@Param() params: VesselPositionParams) {
    return this.sailings.vesselPosition(params.imo);
  }

  @Post(':id/port-calls/sync')
  @Roles('dispatcher')
  syncPortCalls(@Param('id', ParseUUIDPipe) id: string, @Body() dto: PortCallSyncDto) {
    return this.sailings.syncPortCalls(id, dto.sourceUrl);
  }

  @Get(':id/berth')
  @Roles('dispatcher', 'purser')
  berth(@Param('id', ParseUUIDPipe) id: string, @Query() q: BerthLookupDto) {
    return this.sailings.berthFromSchedule(id, q.scheduleUrl);
  }

  @Patch(':id/status')
  @Roles('dispatcher')
  @HttpCode(204)
  changeStatus(@Param('id', ParseUUIDPipe) id: string, @Body() dto: StatusChangeDto) {
    return this.sailings.changeStatus(id, dto.status, dto.remarks);
  }
}
