import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import { ImportLogoDto, ScheduleFeedDto, UpdateVenueProfileDto } from './dto/venues.dto';
import { VenuesService } from './venues.service';

@Controller('venues')
export class VenuesController {
  constructor(private readonly venues: VenuesService) {}

  @Get('available')
  available(@Query('city') city: string | undefined, @Query('minSeats') minSeats = '1') {
    return this.venues.findWithSpace(city, minSeats);
  }

  @Get('profiles/:slug')
  profile(@Param('slug') slug: string) {
    return this.venues.getBySlug(slug);
  }

  @Patch(':venueId/profile')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  updateProfile(
    @Param('venueId', ParseUUIDPipe) venueId: string,
    @Body() dto: UpdateVenueProfileDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.venues.updateProfile(venueId, dto, user);
  }

  @Post(':venueId/logo')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  importLogo(
    @Param('venueId', ParseUUIDPipe) venueId: string,
    @Body() dto: ImportLogoDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.venues.importLogo(venueId, dto.url, user);
  }

  @Post(':venueId/feed')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  scheduleFeed(
    @Param('venueId', ParseUUIDPipe) venueId: string,
    @Body() dto: ScheduleFeedDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.venues.scheduleFeedSync(venueId, dto.feedUrl, user);
  }
}
