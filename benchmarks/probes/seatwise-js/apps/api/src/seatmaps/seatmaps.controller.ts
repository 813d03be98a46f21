import {
  BadRequestException,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import { SectionCodePipe } from '../common/pipes/section-code.pipe';
import { SeatQueryDto } from './dto/seat-query.dto';
import { SeatmapsService } from './seatmaps.service';

const MB = 1024 * 1024;

function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file || file.size === 0) {
    throw new BadRequestException('Upload a file in the "file" field');
  }
  return file;
}

@Controller('venues/:venueId/seatmap')
export class SeatmapsController {
  constructor(private readonly seatmaps: SeatmapsService) {}

  @Get('seats')
  seats(@Param('venueId', ParseUUIDPipe) venueId: string, @Query() query: SeatQueryDto) {
    return this.seatmaps.findSeats(venueId, query);
  }

  @Get('sections/:code')
  section(@Param('venueId', ParseUUIDPipe) venueId: string, @Param('code', SectionCodePipe) code: string) {
    return this.seatmaps.getSection(venueId, code);
  }

  @Post('package')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 50 * MB } }))
  importPackage(@Param('venueId', ParseUUIDPipe) venueId: string, @UploadedFile() file?: Express.Multer.File) {
    return this.seatmaps.importPackage(venueId, requireFile(file).buffer);
  }

  @Post('photos')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 200 * MB } }))
  importPhotos(@Param('venueId', ParseUUIDPipe) venueId: string, @UploadedFile() file?: Express.Multer.File) {
    return this.seatmaps.importPhotos(venueId, requireFile(file).buffer);
  }

  @Post('layout')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * MB } }))
  importLayout(@Param('venueId', ParseUUIDPipe) venueId: string, @UploadedFile() file?: Express.Multer.File) {
    return this.seatmaps.importLayout(venueId, requireFile(file).buffer.toString('utf8'));
  }
}
