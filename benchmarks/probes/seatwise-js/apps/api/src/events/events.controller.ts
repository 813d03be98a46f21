import {
  Body,
  Controller,
  DefaultValuePipe,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import { EventSortPipe, SortSpec } from '../common/pipes/event-sort.pipe';
import { PricingPreviewDto } from './dto/pricing-preview.dto';
import { SearchEventsDto } from './dto/search-events.dto';
import { EventsService } from './events.service';

@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  search(@Query() filter: SearchEventsDto, @Query('sort', EventSortPipe) sort: SortSpec) {
    return this.events.search(filter, sort);
  }

  @Get('cities/:city')
  upcomingInCity(
    @Param('city') city: string,
    @Query('limit', new DefaultValuePipe(12), ParseIntPipe) limit: number,
  ) {
    return this.events.upcomingInCity(city, Math.min(Math.max(limit, 1), 50));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.events.getPublic(id);
  }

  @Post(':id/pricing/preview')
  @UseGuards(JwtAuthGuard)
  @Roles('promoter', 'admin')
  @HttpCode(200)
  previewPricing(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PricingPreviewDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.events.previewPricing(id, user, dto);
  }
}
