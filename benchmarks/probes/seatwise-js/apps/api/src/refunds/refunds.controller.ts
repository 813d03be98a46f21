import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import { RequestRefundDto } from './dto/request-refund.dto';
import { RefundsService } from './refunds.service';

@Controller('orders/:orderId/refunds')
@UseGuards(JwtAuthGuard)
@Roles('promoter', 'admin')
export class RefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @Post()
  request(
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() dto: RequestRefundDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.refunds.request(orderId, dto, user);
  }

  @Get()
  list(@Param('orderId', ParseUUIDPipe) orderId: string) {
    return this.refunds.list(orderId);
  }
}
