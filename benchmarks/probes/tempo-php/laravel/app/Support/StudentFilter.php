<?php

namespace App\Support;

use Illuminate\Http\Request;

final class StudentFilter
{
    private const SORTABLE = ['last_name', 'first_name', 'enrolled_at', 'level', 'instrument'];

    public function __construct(
        public readonly string $sortColumn,
        public readonly string $direction,
        public readonly ?string $instrument,
        public readonly ?string $thenBy,
    ) {}

    public static function fromRequest(Request $request): self
    {
        $sort = (string) $request->query('sort', 'last_name');

        return new self(
            sortColumn: in_array($sort, self::SORTABLE, true) ? $sort : 'last_name',
            direction: $request->query('dir') === 'desc' ? 'desc' : 'asc',
            instrument: $request->query('instrument') ?: null,
            thenBy: $request->query('then_by') ?: null,
        );
    }
}
