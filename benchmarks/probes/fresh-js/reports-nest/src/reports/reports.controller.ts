import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ReportsService } from './reports.service';

export class ShareReportDto {
  password?: string;
}

export class OpenSharedReportDto {
  token: string;
  password?: string;
}

export class WebhookDto {
  callbackUrl: string;
}

export class ImportDefinitionDto {
  xml: string;
}

@Controller('reports')
export class ReportsController {
  constructor(private readonly reportsService: ReportsService) {}

  @Get()
  regionalSummary(@Query('region') region = 'EU') {
    return this.reportsService.regionalSummary(region);
  }

  @Get('runs')
  listRuns(@Query('owner') owner: string, @Query('sort') sort = 'started_at') {
    return this.reportsService.listRuns(owner, sort);
  }

  @Get('warehouse')
  warehouse() {
    return this.reportsService.warehouseTotals();
  }

  @Get('archive/:name')
  async downloadArchive(@Param('name') name: string) {
    const data = await this.reportsService.readArchive(name);
    return new StreamableFile(data);
  }

  @Get('templates/:name')
  template(@Param('name') name: string) {
    return this.reportsService.readTemplate(name);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.reportsService.findReport(id);
  }

  @Post('bundles')
  @UseInterceptors(FileInterceptor('bundle'))
  uploadBundle(@UploadedFile() bundle: Express.Multer.File) {
    if (!bundle) {
      throw new BadRequestException('bundle file is required');
    }
    return this.reportsService.extractBundle(bundle.buffer);
  }

  @Post('definitions/import')
  importDefinition(@Body() dto: ImportDefinitionDto) {
    return this.reportsService.importDefinition(dto.xml);
  }

  @Post('shared/open')
  openShared(@Body() dto: OpenSharedReportDto) {
    return this.reportsService.openShared(dto.token, dto.password);
  }

  @Post(':id/share')
  share(@Param('id', ParseIntPipe) id: number, @Body() dto: ShareReportDto) {
    return this.reportsService.createShareLink(id, dto.password);
  }

  @Post(':id/webhook')
  webhook(@Param('id', ParseIntPipe) id: number, @Body() dto: WebhookDto) {
    return this.reportsService.notifyWebhook(id, dto.callbackUrl);
  }

  @Post(':id/pdf')
  renderPdf(@Param('id', ParseIntPipe) id: number) {
    return this.reportsService.renderPdf(id);
  }
}
