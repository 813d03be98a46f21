import { Controller, Get, Param, ParseIntPipe, Query, Res, UseGuards } from '@nestjs/common';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { StaffAuthGuard } from '../common/guards/staff-auth.guard';
import { GrowersService } from './growers.service';
import { DocumentsService } from './documents.service';

export class GrowerSearchDto {
  @IsOptional() @IsString() @MaxLength(80) name?: string;
  @IsOptional() @IsString() region?: string;
  @IsOptional() @IsIn(['true', 'false']) certified?: string;
}

@Controller('growers')
@UseGuards(StaffAuthGuard)
export class GrowersController {
  constructor(
    private readonly growers: GrowersService,
    private readonly documents: DocumentsService,
  ) {}

  @Get('search')
  search(@Query() query: GrowerSearchDto) {
    return this.growers.search({ name: query.name, region: query.region, certifiedOnly: query.certified === 'true' });
  }

  @Get('regions/:region')
  inRegion(@Param('region') region: string) {
    return this.growers.inRegion(region);
  }

  @Get('certified/:scheme')
  certified(@Param('scheme') scheme: string) {
    return this.growers.withCertification(scheme);
  }

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.growers.findOne(id);
  }

  @Get(':id/documents/:name')
  async document(@Param('id', ParseIntPipe) id: number, @Param('name') name: string, @Res() res: Response) {
    const doc = await this.documents.read(id, name);
    res.setHeader('ETag', `"${doc.etag}"`);
    res.type(doc.contentType).send(doc.data);
  }

  @Get(':id/statements/:file')
  async statement(@Param('id', ParseIntPipe) id: number, @Param('file') file: string, @Res() res: Response) {
    res.type('application/pdf').send(await this.documents.statement(id, file));
  }
}
