import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { IsDateString, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Response } from 'express';
import { existsSync } from 'fs';
import { AuthUser, CurrentUser, JwtAuthGuard } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { ReportsService } from './reports.service';

export class LoadFactorReportDto {
  @Matches(/[A-Z0-9-]{2,12}/)
  routeCode!: string;

  @IsDateString()
  from!: string;

  @IsDateString()
  to!: string;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string;
}

export class CrewHoursReportDto {
  @Matches(/^[A-Z0-9]{3,8}$/)
  vesselCode!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month!: string;

  @IsOptional()
  @IsIn(['pdf', 'csv'])
  format?: 'pdf' | 'csv';
}

@Controller('reports')
@UseGuards(JwtAuthGuard, RolesGuard)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('load-factor')
  @Roles('dispatcher', 'agent')
  requestLoadFactor(@Body() dto: LoadFactorReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.requestLoadFactor(dto, user);
  }

  @Post('crew-hours')
  @Roles('purser')
  requestCrewHours(@Body() dto: CrewHoursReportDto, @CurrentUser() user: AuthUser) {
    return this.reports.requestCrewHours(dto, user);
  }

  @Get(':id')
  @Roles('dispatcher', 'agent', 'purser')
  status(@Param('id', ParseUUIDPipe) id: string) {
    return this.reports.status(id);
  }

  @Get(':id/download')
  @Roles('dispatcher', 'agent', 'purser')
  download(@Param('id', ParseUUIDPipe) id: string, @Query('format') format: string, @Res() res: Response): void {
    const ext = format === 'csv' ? 'csv' : 'pdf';
    const file = this.reports.outputPath(id, ext);
    if (!existsSync(file)) {
      throw new NotFoundException('Report is not ready');
    }
    res.sendFile(file, { headers: { 'Content-Disposition': `attachment; filename="ferrylane-${id}.${ext}"` } }); // SAFE path
  }
}
