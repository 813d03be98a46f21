import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

export interface SortSpec {
  column: string;
  direction: 'ASC' | 'DESC';
}

const EVENT_SORT_COLUMNS = new Map<string, string>([
  ['date', 'e.startsAt'],
  ['title', 'e.title'],
  ['price', 'e.minPriceCents'],
  ['created', 'e.createdAt'],
]);

/**
 * Accepts `date`, `-date`, `title`, ... and maps them to query builder columns.
 */
@Injectable()
export class EventSortPipe implements PipeTransform<unknown, SortSpec> {
  transform(value: unknown): SortSpec {
    if (value === undefined || value === null || value === '') {
      return { column: 'e.startsAt', direction: 'ASC' };
    }
    const raw = String(value).trim();
    const descending = raw.startsWith('-');
    const key = descending ? raw.slice(1) : raw;
    const column = EVENT_SORT_COLUMNS.get(key);
    if (!column) {
      throw new BadRequestException(`Cannot sort events by "${key}"`);
    }
    return { column, direction: descending ? 'DESC' : 'ASC' };
  }
}
