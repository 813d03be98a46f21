import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { Roles } from '../common/auth/roles.decorator';
import { CreateOrderDto, OrderSearchDto } from './dto/orders.dto';
import { OrdersService } from './orders.service';

@Controller('orders')
@UseGuards(JwtAuthGuard)
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  create(@Body() dto: CreateOrderDto, @CurrentUser() user: AuthUser) {
    return this.orders.create(dto, user);
  }

  @Get('search')
  @Roles('admin', 'promoter')
  search(@Query() filter: OrderSearchDto, @CurrentUser() user: AuthUser) {
    return this.orders.search(filter, user);
  }

  @Get(':orderId')
  get(@Param('orderId', ParseUUIDPipe) orderId: string, @CurrentUser() user: AuthUser) {
    return this.orders.get(orderId, user);
  }

  @Get(':orderId/tickets')
  listTickets(@Param('orderId', ParseUUIDPipe) orderId: string, @CurrentUser() user: AuthUser) {
    return this.orders.listTicketFiles(orderId, user);
  }

  @Get(':orderId/tickets/:fileName')
  async downloadTicket(
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Param('fileName') fileName: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const data = await this.orders.readTicketFile(orderId, fileName, user);
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    });
    return new StreamableFile(data);
  }

  @Get(':orderId/documents/:name')
  async downloadDocument(
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Param('name') name: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const data = await this.orders.readDocument(orderId, name, user);
    res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment' });
    return new StreamableFile(data);
  }
}
