import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtAuthGuard } from '../common/auth/jwt-auth.guard';
import { PromoterAccount } from '../promoters/entities/promoter-account.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { StaffDirectoryService } from './staff-directory.service';
import { TokenService } from './token.service';

@Module({
  imports: [TypeOrmModule.forFeature([PromoterAccount])],
  controllers: [AuthController],
  providers: [AuthService, TokenService, StaffDirectoryService, JwtAuthGuard],
  exports: [TokenService, JwtAuthGuard],
})
export class AuthModule {}
