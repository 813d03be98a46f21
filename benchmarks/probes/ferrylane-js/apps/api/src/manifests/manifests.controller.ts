import {
  BadRequestException,
  Body,
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
import { IsDateString, IsString, MaxLength } from 'class-validator';
import { JwtAuthGuard } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { ManifestsService } from './manifests.service';

class PartnerManifestDto {
  @IsString()
  @MaxLength(5_000_000)
  xml!: string;
}

class BundleDto {
  @IsDateString()
  crossingDay!: string;
}

class PassengerLookupDto {
  @IsString()
  @MaxLength(40)
  ticket!: string;
}

class VehicleLookupDto {
  @IsString()
  @MaxLength(16)
  registration!: string;
}

function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file || !file.buffer?.length) {
    throw new BadRequestException('File upload required');
  }
  return file;
}

@Controller('manifests')
@UseGuards(JwtAuthGuard, RolesGuard)
export class ManifestsController {
  constructor(private readonly manifests: ManifestsService) {}

  @Post('agent')
  @Roles('purser', 'dispatcher')
  @UseInterceptors(FileInterceptor('manifest', { limits: { fileSize: 5 * 1024 * 1024 } }))
  importAgent(@UploadedFile() file: Express.Multer.File) {
    return this.manifests.importAgentManifest(requireFile(file).buffer.toString('utf8'));
  }

  @Post('partner')
  @Roles('agent')
  importPartner(@Body() dto: PartnerManifestDto) {
    return this.manifests.importPartnerManifest(dto.xml);
  }

  @Post('agent-bundles')
  @Roles('purser', 'dispatcher')
  @UseInterceptors(FileInterceptor('bundle', { limits: { fileSize: 50 * 1024 * 1024 } }))
  importBundle(@UploadedFile() file: Express.Multer.File, @Body() dto: BundleDto) {
    return this.manifests.importAgentBundle(requireFile(file).buffer, dto.crossingDay);
  }

  @Post('clearance-bundles')
  @Roles('purser')
  @UseInterceptors(FileInterceptor('bundle', { limits: { fileSize: 50 * 1024 * 1024 } }))
  async importClearance(@UploadedFile() file: Express.Multer.File) {
    return { files: await this.manifests.importClearanceBundle(requireFile(file).buffer) };
  }

  @Get(':sailingId/passengers')
  @Roles('purser', 'dispatcher')
  passengers(@Param('sailingId', ParseUUIDPipe) sailingId: string, @Query() q: PassengerLookupDto) {
    return this.manifests.findPassengers(sailingId, q.ticket);
  }

  @Get(':sailingId/vehicles')
  @Roles('purser', 'dispatcher')
  vehicle(@Param('sailingId', ParseUUIDPipe) sailingId: string, @Query() q: VehicleLookupDto) {
    return this.manifests.findVehicle(sailingId, q.registration);
  }
}
