<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

/**
 * A volunteer's rota view preferences, remembered in a long-lived cookie so
 * they survive logouts on the shared office PC.
 */
final class RotaPreferences
{
    public const COOKIE = 'lk_rota_prefs';

    public function __construct(
        public readonly string $sort = 'date',
        public readonly string $station = '',
        public readonly bool $onlyMine = false,
        public readonly bool $compact = false
    ) {
    }

    public static function fromCookie(?string $cookie): self
    {
        if ($cookie === null || $cookie === '') {
            return new self();
        }

        $data = unserialize(base64_decode($cookie)); // VULN deser
        if (!is_array($data)) {
            return new self();
        }

        return new self(
            (string) ($data['sort'] ?? 'date'),
            (string) ($data['station'] ?? ''),
            (bool) ($data['only_mine'] ?? false),
            (bool) ($data['compact'] ?? false)
        );
    }

    public static function fromForm(array $post): self
    {
        return new self(
            (string) ($post['sort'] ?? 'date'),
            trim((string) ($post['station'] ?? '')),
            !empty($post['only_mine']),
            !empty($post['compact'])
        );
    }

    public function toCookie(): string
    {
        return base64_encode(serialize([
            'sort' => $this->sort,
            'station' => $this->station,
            'only_mine' => $this->onlyMine,
            'compact' => $this->compact,
        ]));
    }
}
