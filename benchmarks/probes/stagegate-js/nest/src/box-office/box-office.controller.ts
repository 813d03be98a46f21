import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { BoxOfficeService } from './box-office.service';
import { ScannerGuard } from './scanner.guard';
import { CreateHoldDto, ManifestExportDto } from './dto';

@Controller('box-office')
@UseGuards(ScannerGuard)
export class BoxOfficeController {
  constructor(private readonly boxOffice: BoxOfficeService) {}

  @Get('events/:eventId/holds')
  listHolds(@Param('eventId', ParseIntPipe) eventId: number, @Query('section') section: string) {
    return this.boxOffice.listHolds(eventId, section);
  }

  @Get('holds/:id')
  getHold(@Param('id', ParseIntPipe) id: number) {
    return this.boxOffice.getHold(id);
  }

  @Post('holds')
  createHolds(@Body() dto: CreateHoldDto, @Req() req: { scanner: { deviceId: string } }) {
    return this.boxOffice.createHolds(dto, Number(req.scanner.deviceId) || 0);
  }

  @Post('events/:eventId/manifest')
  async exportManifest(@Param('eventId', ParseIntPipe) eventId: number, @Body() dto: ManifestExportDto) {
    const rows = await this.boxOffice.listHolds(eventId, dto.includeComps ? 'COMP' : 'GA');
    const stored = await this.boxOffice.exportManifest({ ...dto, eventId }, rows);
    return { stored, rows: rows.length };
  }

  @Get('events/:eventId/manifest/:name')
  async downloadManifest(
    @Param('eventId', ParseIntPipe) eventId: number,
    @Param('name') name: string,
    @Res() res: Response,
  ) {
    const body = await this.boxOffice.readManifest(eventId, name);
    res.type('text/csv').send(body);
  }
}
