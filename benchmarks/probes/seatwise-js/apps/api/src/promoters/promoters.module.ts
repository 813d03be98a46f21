import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PromoterAccount } from './entities/promoter-account.entity';
import { PromotersController } from './promoters.controller';
import { PromotersRepository } from './promoters.repository';
import { PromotersService } from './promoters.service';

@Module({
  imports: [TypeOrmModule.forFeature([PromoterAccount]), AuthModule],
  controllers: [PromotersController],
  providers: [PromotersService, PromotersRepository],
})
export class PromotersModule {}
