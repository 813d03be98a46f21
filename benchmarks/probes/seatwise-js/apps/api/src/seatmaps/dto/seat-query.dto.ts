import { Matches } from 'class-validator';

export class SeatQueryDto {
  @Matches(/^[A-Z0-9]{1,6}$/, { message: 'section must be a section code such as B12' })
  section!: string;

  @Matches(/[A-Z]{1,3}/, { message: 'row must be a row label such as AA' })
  row!: string;
}
