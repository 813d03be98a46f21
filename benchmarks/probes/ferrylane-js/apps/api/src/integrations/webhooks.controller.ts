import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ArrayNotEmpty, IsArray, IsIn, IsObject, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { JwtAuthGuard } from '../common/guards/jwt-auth.guard';
import { Roles, RolesGuard } from '../common/guards/roles.guard';
import { WebhookEvent } from './schemas/webhook-subscription.schema';
import { WebhooksService } from './webhooks.service';

export const WEBHOOK_EVENTS = ['booking.confirmed', 'booking.cancelled', 'sailing.status', 'sailing.berth'] as const;

export class CreateSubscriptionDto {
  @Matches(/^[a-z0-9-]{3,40}$/)
  partnerId!: string;

  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false })
  url!: string;

  @IsArray()
  @ArrayNotEmpty()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events!: (typeof WEBHOOK_EVENTS)[number][];
}

export class OpsChannelDto {
  @Matches(/^[A-Z]{5}$/)
  portCode!: string;

  @IsString()
  @MaxLength(300)
  url!: string;
}

class ReplayDto {
  @IsIn(WEBHOOK_EVENTS)
  event!: WebhookEvent;

  @IsObject()
  payload!: Record<string, unknown>;
}

@Controller('integrations')
@UseGuards(JwtAuthGuard, RolesGuard)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('webhooks')
  @Roles('admin', 'agent')
  subscribe(@Body() dto: CreateSubscriptionDto) {
    return this.webhooks.subscribe(dto);
  }

  @Get('webhooks')
  @Roles('admin', 'agent')
  list(@Query('partnerId') partnerId: string) {
    return this.webhooks.list(String(partnerId));
  }

  @Post('webhooks/:id/replay')
  @Roles('admin')
  @HttpCode(202)
  replay(@Param('id') id: string, @Body() dto: ReplayDto) {
    return this.webhooks.replay(id, dto.event, dto.payload);
  }

  @Post('ops-channels')
  @Roles('dispatcher')
  @HttpCode(204)
  registerOpsChannel(@Body() dto: OpsChannelDto) {
    return this.webhooks.registerOpsChannel(dto);
  }
}
