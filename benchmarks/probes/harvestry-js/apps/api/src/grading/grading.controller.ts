import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, RawBodyRequest, Req, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { appConfig } from '../config/app.config';
import { StaffAuthGuard } from '../common/guards/staff-auth.guard';
import { LotsService } from '../lots/lots.service';
import { GradingService } from './grading.service';

@Controller('grading')
@UseGuards(StaffAuthGuard)
export class GradingController {
  constructor(
    private readonly grading: GradingService,
    private readonly lots: LotsService,
  ) {}

  @Post('lots/:lotId')
  async grade(@Param('lotId', ParseIntPipe) lotId: number, @Body() dto: { grade: string; certificateUrl?: string }) {
    const lot = await this.lots.setGrade(lotId, dto.grade);
    if (dto.certificateUrl) await this.grading.attachCertificate(lotId, dto.certificateUrl);
    return lot;
  }

  @Post('lots/:lotId/photos')
  @UseInterceptors(FileInterceptor('photo', { dest: appConfig.storage.uploadsRoot, limits: { fileSize: 12 * 1024 * 1024 } }))
  uploadPhoto(@Param('lotId', ParseIntPipe) lotId: number, @UploadedFile() photo: Express.Multer.File) {
    return this.grading.storePhoto(lotId, photo);
  }

  @Post('lab-reports')
  importLabReport(@Req() req: RawBodyRequest<Request>) {
    return this.grading.importLabReport(req.rawBody?.toString('utf8') ?? '');
  }

  @Post('lab-reports/preview')
  previewLabReport(@Body() xml: string) {
    return this.grading.previewLabReport(xml);
  }

  @Get('lab-reports/:reportId/samples')
  samples(@Param('reportId', ParseIntPipe) reportId: number, @Query('lot') lot: string) {
    return this.grading.samplesForLot(reportId, lot);
  }

  @Get('lab-reports/:reportId/moisture')
  moisture(@Param('reportId', ParseIntPipe) reportId: number, @Query('lot', ParseIntPipe) lot: number) {
    return this.grading.moistureForLot(reportId, lot);
  }
}
