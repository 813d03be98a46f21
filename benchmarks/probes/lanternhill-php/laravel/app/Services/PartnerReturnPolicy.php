<?php

namespace App\Services;

/**
 * Where may a buyer be sent back to after a partner checkout?
 */
class PartnerReturnPolicy
{
    /**
     * @param array<int, string> $hosts
     */
    public function __construct(
        private readonly array $hosts,
    ) {
    }

    public function allows(?string $url): bool
    {
        if ($url === null || $url === '' || preg_match('/[\\\\\s\x00-\x1F]/', $url) === 1) {
            return false;
        }

        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['pass'])) {
            return false;
        }

        return in_array(strtolower($parts['host'] ?? ''), $this->hosts, true);
    }
}
