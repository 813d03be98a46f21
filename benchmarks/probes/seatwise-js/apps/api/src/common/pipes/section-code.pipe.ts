import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const SECTION_CODE = /^[A-Z0-9]{1,6}$/;

@Injectable()
export class SectionCodePipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    const code = String(value ?? '').trim().toUpperCase();
    if (!SECTION_CODE.test(code)) {
      throw new BadRequestException('Section codes are 1-6 letters or digits');
    }
    return code;
  }
}
