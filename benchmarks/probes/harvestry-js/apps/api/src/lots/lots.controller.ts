import { BadRequestException, Controller, Get, Headers, Param, Post, RawBodyRequest, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { GrowerAuthGuard } from '../common/guards/grower-auth.guard';
import { StaffAuthGuard } from '../common/guards/staff-auth.guard';
import { LotCodePipe } from '../common/pipes/lot-code.pipe';
import { LotsService } from './lots.service';

@Controller('lots')
export class LotsController {
  constructor(private readonly lots: LotsService) {}

  @Get(':code')
  @UseGuards(GrowerAuthGuard)
  byCode(@Param('code', LotCodePipe) code: string) {
    return this.lots.byCode(code);
  }

  @Post('manifests')
  @UseGuards(StaffAuthGuard)
  importManifest(@Req() req: RawBodyRequest<Request>, @Headers('content-type') contentType = '') {
    if (!contentType.includes('yaml')) throw new BadRequestException('manifest must be sent as application/yaml');
    return this.lots.importManifest(req.rawBody?.toString('utf8') ?? '');
  }
}
