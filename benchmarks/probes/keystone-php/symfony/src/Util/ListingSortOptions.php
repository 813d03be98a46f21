<?php

namespace App\Util;

final class ListingSortOptions
{
    private const COLUMNS = [
        'newest' => 'l.listed_at',
        'price' => 'l.price',
        'bedrooms' => 'l.bedrooms',
    ];

    /**
     * @return array{0: string, 1: string}
     */
    public static function resolve(?string $sort, ?string $direction): array
    {
        $column = self::COLUMNS[$sort ?? 'newest'] ?? self::COLUMNS['newest'];
        $dir = strtoupper((string) $direction) === 'ASC' ? 'ASC' : 'DESC';

        return [$column, $dir];
    }
}
