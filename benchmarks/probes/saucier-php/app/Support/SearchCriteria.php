<?php

namespace App\Support;

final class SearchCriteria
{
    public string $sort = 'created_at';
    public string $direction = 'desc';
    public int $perPage = 24;
    public ?string $cuisine = null;

    public static function fromArray(array $input): self
    {
        $criteria = new self();
        if (!empty($input['sort'])) {
            $criteria->sort = $input['sort'];
        }
        if (!empty($input['dir'])) {
            $criteria->direction = strtolower($input['dir']) === 'asc' ? 'asc' : 'desc';
        }
        $criteria->perPage = max(6, min(60, (int) ($input['per_page'] ?? 24)));
        $criteria->cuisine = $input['cuisine'] ?? null;

        return $criteria;
    }
}
