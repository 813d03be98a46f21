import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { IsArray, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { StaffAuthGuard, StaffRequest } from '../common/guards/staff-auth.guard';
import { PayoutsService } from './payouts.service';

export class PayoutRunDto {
  @IsInt() @Min(2015) season: number;
  @IsOptional() @IsArray() @IsInt({ each: true }) growerIds?: number[];
  @IsOptional() @IsString() notifyUrl?: string;
}

@Controller('payouts')
@UseGuards(StaffAuthGuard)
export class PayoutsController {
  constructor(private readonly payouts: PayoutsService) {}

  @Post('runs')
  run(@Body() dto: PayoutRunDto, @Req() req: StaffRequest) {
    return this.payouts.run(dto, req.staff!.sub);
  }
}
