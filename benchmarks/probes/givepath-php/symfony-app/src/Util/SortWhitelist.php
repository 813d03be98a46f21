<?php

namespace App\Util;

final class SortWhitelist
{
    private const CAMPAIGN_FIELDS = [
        'newest' => 'createdAt',
        'ending' => 'endsAt',
        'raised' => 'raisedMinor',
        'goal' => 'goalMinor',
        'title' => 'title',
    ];

    /**
     * Maps the public ?sort=&dir= parameters onto entity fields.
     *
     * @return array{0: string, 1: string}
     */
    public static function campaign(?string $sort, ?string $dir): array
    {
        $field = self::CAMPAIGN_FIELDS[$sort ?? ''] ?? self::CAMPAIGN_FIELDS['newest'];
        $direction = strtoupper((string) $dir) === 'ASC' ? 'ASC' : 'DESC';

        return [$field, $direction];
    }
}
