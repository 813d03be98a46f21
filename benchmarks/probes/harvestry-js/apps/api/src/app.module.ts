import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appConfig } from './config/app.config';
import { PrismaService } from './prisma/prisma.service';
import { GrowersController } from './growers/growers.controller';
import { GrowersService } from './growers/growers.service';
import { GrowersRepository } from './growers/growers.repository';
import { DocumentsService } from './growers/documents.service';
import { LotsController } from './lots/lots.controller';
import { LotsService } from './lots/lots.service';
import { GradingController } from './grading/grading.controller';
import { GradingService } from './grading/grading.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { StaffDirectory } from './auth/staff-directory';
import { PayoutsController } from './payouts/payouts.controller';
import { PayoutsService } from './payouts/payouts.service';

@Module({
  imports: [TypeOrmModule.forRoot({ type: 'postgres', url: appConfig.databaseUrl, synchronize: false })],
  controllers: [GrowersController, LotsController, GradingController, AuthController, PayoutsController],
  providers: [PrismaService, GrowersService, GrowersRepository, DocumentsService, LotsService, GradingService, AuthService, StaffDirectory, PayoutsService],
})
export class AppModule {}
