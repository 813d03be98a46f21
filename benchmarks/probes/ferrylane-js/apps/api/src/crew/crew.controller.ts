import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Response } from 'express';
import { IsString, MaxLength } from 'class-validator';
import { AuthUser, CurrentUser, JwtAuthGuard } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { CrewDocumentsService } from './crew-documents.service';
import { CrewService } from './crew.service';
import {
  CertificateUploadDto,
  CreateNoticeDto,
  DirectoryQueryDto,
  RosterFilter,
  SharedDocumentQueryDto,
  SwapBoardQueryDto,
  VesselRosterQueryDto,
} from './dto/crew.dto';

class SwapRequestDto {
  @IsString()
  @MaxLength(280)
  note!: string;
}

@Controller('crew')
@UseGuards(JwtAuthGuard, RolesGuard)
export class CrewController {
  constructor(private readonly crew: CrewService) {}

  @Get('me')
  @Roles('crew')
  me(@CurrentUser() user: AuthUser) {
    return this.crew.profile(user.crewId ?? '');
  }

  @Patch('me/preferences')
  @Roles('crew')
  updatePreferences(@CurrentUser() user: AuthUser, @Body() patch: Record<string, unknown>) {
    return this.crew.updatePreferences(user, patch);
  }

  @Get('me/shifts')
  @Roles('crew')
  myShifts(@CurrentUser() user: AuthUser, @Query('from') from?: string) {
    return this.crew.myShifts(user, from);
  }

  @Post('roster/search')
  @Roles('crew', 'dispatcher', 'purser')
  @HttpCode(200)
  searchRoster(@CurrentUser() user: AuthUser, @Body('filter') filter: RosterFilter) {
    return this.crew.searchRoster(user, filter);
  }

  @Get('roster/vessel')
  @Roles('dispatcher', 'purser')
  vesselRoster(@Query() q: VesselRosterQueryDto) {
    return this.crew.vesselRoster(q.vessel, q.from);
  }

  @Get('roster/swaps')
  @Roles('crew', 'dispatcher')
  swapBoard(@Query() q: SwapBoardQueryDto) {
    return this.crew.swapBoard(q.vessel);
  }

  @Post('roster/shifts/:shiftId/swap')
  @Roles('crew')
  @HttpCode(204)
  requestSwap(@CurrentUser() user: AuthUser, @Param('shiftId') shiftId: string, @Body() dto: SwapRequestDto) {
    return this.crew.requestSwap(user, shiftId, dto.note);
  }

  @Get('directory')
  @Roles('crew', 'dispatcher', 'purser')
  directory(@Query() q: DirectoryQueryDto) {
    return this.crew.lookupColleague(q.email);
  }

  @Get('directory/:crewId')
  @Roles('dispatcher', 'purser')
  directoryCard(@Param('crewId') crewId: string) {
    return this.crew.directoryCard(crewId);
  }

  @Post('notices')
  @Roles('purser', 'dispatcher')
  publishNotice(@CurrentUser() user: AuthUser, @Body() dto: CreateNoticeDto) {
    return this.crew.publishNotice(user, dto);
  }

  @Get('notices')
  @Roles('crew', 'purser', 'dispatcher')
  notices(@Query('vessel') vessel?: string) {
    return this.crew.listNotices(vessel);
  }
}

@Controller('crew/documents')
@UseGuards(JwtAuthGuard, RolesGuard)
export class CrewDocumentsController {
  constructor(private readonly documents: CrewDocumentsService) {}

  @Get('shared')
  @Roles('crew', 'purser', 'dispatcher')
  async shared(@Query() q: SharedDocumentQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const doc = await this.documents.readSharedDocument(q.name);
    res.setHeader('Content-Disposition', `inline; filename="${encodeURIComponent(doc.fileName)}"`);
    return new StreamableFile(doc.body);
  }

  @Get(':crewId/:fileName')
  @Roles('crew', 'purser')
  crewDocument(
    @CurrentUser() user: AuthUser,
    @Param('crewId') crewId: string,
    @Param('fileName') fileName: string,
  ): StreamableFile {
    return new StreamableFile(this.documents.openCrewDocument(user, crewId, fileName));
  }

  @Post(':crewId/certificates')
  @Roles('crew', 'purser')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * 1024 * 1024 } }))
  async uploadCertificate(
    @CurrentUser() user: AuthUser,
    @Param('crewId') crewId: string,
    @Body() meta: CertificateUploadDto,
    @UploadedFile() file: Express.Multer.File,
  ): Promise<{ fileName: string }> {
    return { fileName: await this.documents.storeCertificate(user, crewId, meta, file) };
  }
}
