<?php

namespace App\DTO;

use Illuminate\Http\Request;

final class PermitSearchCriteria
{
    public function __construct(
        public readonly ?string $parcelNumber,
        public readonly ?string $status,
        public readonly ?string $workType,
        public readonly ?string $applicant,
        public readonly string $sort,
        public readonly string $direction,
        public readonly int $perPage,
        public readonly ?int $contractorId = null,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        $direction = strtolower((string) $request->query('dir', 'desc')) === 'asc' ? 'ASC' : 'DESC';
        $perPage = (int) $request->query('per_page', 25);

        return new self(
            parcelNumber: self::nullIfBlank($request->query('parcel')),
            status: self::nullIfBlank($request->query('status')),
            workType: self::nullIfBlank($request->query('work_type')),
            applicant: self::nullIfBlank($request->query('applicant')),
            sort: (string) $request->query('sort', 'submitted'),
            direction: $direction,
            perPage: max(5, min(100, $perPage)),
            contractorId: $request->user()?->contractor_id,
        );
    }

    private static function nullIfBlank(mixed $value): ?string
    {
        if (!is_string($value)) {
            return null;
        }
        $value = trim($value);

        return $value === '' ? null : $value;
    }
}
