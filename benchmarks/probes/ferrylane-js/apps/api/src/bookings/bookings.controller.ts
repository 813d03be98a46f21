import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { AuthUser, CurrentUser, JwtAuthGuard, Public } from '../common/guards/jwt-auth.guard';
import { KioskGuard } from '../common/guards/kiosk.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { BookingView, BookingsService } from './bookings.service';
import { CheckInDto, CreateBookingDto, SearchBookingsDto } from './dto/booking.dto';

@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get()
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('agent', 'purser')
  search(@Query() query: SearchBookingsDto): Promise<BookingView[]> {
    return this.bookings.search(query);
  }

  @Post()
  @UseGuards(JwtAuthGuard)
  @Public()
  create(@Body() dto: CreateBookingDto, @CurrentUser() user?: AuthUser) {
    return this.bookings.create(dto, user);
  }

  @Get(':reference')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('agent', 'purser', 'passenger')
  async get(@Param('reference') reference: string): Promise<BookingView> {
    return this.bookings.toView(await this.bookings.getByReference(reference));
  }

  @Post('check-in')
  @UseGuards(KioskGuard)
  checkIn(@Body() dto: CheckInDto, @CurrentUser() kiosk: AuthUser): Promise<BookingView> {
    return this.bookings.checkIn(dto.reference, dto.pin, kiosk.terminalId);
  }
}
