import { Module } from '@nestjs/common';
import { BoxOfficeController } from './box-office.controller';
import { BoxOfficeService } from './box-office.service';
import { ScannerGuard } from './scanner.guard';
import { HoldsRepository } from './holds.repository';

@Module({
  controllers: [BoxOfficeController],
  providers: [BoxOfficeService, HoldsRepository, ScannerGuard],
  exports: [BoxOfficeService],
})
export class BoxOfficeModule {}
