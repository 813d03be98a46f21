import {
  Body,
  Controller,
  DefaultValuePipe,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import type { PlainObject } from '../common/util/merge';
import { CreateExportDto, UpdatePromoterProfileDto } from './dto/promoters.dto';
import { PromotersService } from './promoters.service';

@Controller('promoters')
export class PromotersController {
  constructor(private readonly promoters: PromotersService) {}

  @Get(':id/public')
  publicProfile(@Param('id', ParseUUIDPipe) id: string) {
    return this.promoters.publicProfile(id);
  }

  @Patch('me/profile')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdatePromoterProfileDto) {
    return this.promoters.updateProfile(user, dto);
  }

  @Get('me/events/:eventId/timeline')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  timeline(
    @CurrentUser() user: AuthUser,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query('bucket', new DefaultValuePipe('day')) bucket: string,
  ) {
    return this.promoters.salesTimeline(user, eventId, bucket);
  }

  @Get('me/revenue')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  revenue(@CurrentUser() user: AuthUser, @Query('period', new DefaultValuePipe('week')) period: string) {
    return this.promoters.revenue(user, period);
  }

  @Patch('me/settings')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  updateSettings(@CurrentUser() user: AuthUser, @Body() patch: PlainObject) {
    return this.promoters.updateDashboardSettings(user, patch);
  }

  @Patch('me/notifications')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  updateNotifications(@CurrentUser() user: AuthUser, @Body() patch: PlainObject) {
    return this.promoters.updateNotificationSettings(user, patch);
  }

  @Post('me/exports')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  requestExport(@CurrentUser() user: AuthUser, @Body() dto: CreateExportDto) {
    return this.promoters.requestAttendeeExport(user, dto);
  }

  @Post('me/api-key')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter')
  rotateApiKey(@CurrentUser() user: AuthUser) {
    return this.promoters.rotateApiKey(user);
  }
}
