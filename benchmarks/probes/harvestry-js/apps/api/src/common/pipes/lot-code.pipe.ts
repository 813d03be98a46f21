import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

// Lot codes are issued by the weighbridge: two-letter region + six digits, e.g. "WV-004211".
const LOT_CODE = /^[A-Z]{2}-\d{6}$/;

@Injectable()
export class LotCodePipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (!LOT_CODE.test(code)) throw new BadRequestException('lot code must look like WV-004211');
    return code;
  }
}
