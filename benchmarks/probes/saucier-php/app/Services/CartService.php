<?php

namespace App\Services;

class CartService
{
    public function restore(?string $cookieValue): array
    {
        $decoded = base64_decode((string) $cookieValue, true);
        if ($decoded === false || $decoded === '') {
            return [];
        }

        $lines = unserialize($decoded); // VULN deser

        return is_array($lines) ? array_values(array_filter($lines, 'is_array')) : [];
    }

    public function subtotalCents(array $lines): int
    {
        return array_sum(array_map(fn ($l) => (int) ($l['qty'] ?? 0) * (int) ($l['price_cents'] ?? 0), $lines));
    }

    public function persist(array $lines): string
    {
        return base64_encode(serialize(array_values($lines)));
    }
}
