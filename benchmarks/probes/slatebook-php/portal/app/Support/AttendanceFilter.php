<?php

namespace App\Support;

use Illuminate\Http\Request;

final class AttendanceFilter
{
    public function __construct(
        public readonly int $sectionId,
        public readonly ?string $from = null,
        public readonly ?string $to = null,
        public readonly ?string $status = null,
        public readonly int $perPage = 50,
    ) {}

    public static function fromRequest(Request $request, int $sectionId): self
    {
        $perPage = min(200, max(10, (int) $request->query('per_page', 50)));

        return new self($sectionId, $request->date('from')?->toDateString(), $request->date('to')?->toDateString(), $request->query('status'), $perPage);
    }
}
