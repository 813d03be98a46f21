import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import { GuestCheckInRequest, ScanTicketDto } from './dto/door.dto';
import { DoorService } from './door.service';

@Controller('door')
export class DoorController {
  constructor(private readonly door: DoorService) {}

  @Post('events/:eventId/scan')
  @UseGuards(JwtAuthGuard)
  @Roles('staff', 'admin')
  @HttpCode(200)
  scan(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() dto: ScanTicketDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.door.scan(eventId, dto.token, dto.gate, user);
  }

  @Post('guest-list/check-in')
  @HttpCode(200)
  checkInGuest(@Body() body: GuestCheckInRequest) {
    return this.door.checkInGuest(body);
  }
}
