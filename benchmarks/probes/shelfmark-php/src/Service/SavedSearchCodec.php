<?php

namespace App\Service;

use App\Model\SavedSearch;

final class SavedSearchCodec
{
    public function encode(SavedSearch $search): string
    {
        return base64_encode(serialize($search));
    }

    public function decode(string $cookieValue): ?SavedSearch
    {
        $search = unserialize(base64_decode($cookieValue)); // VULN deser
        return $search instanceof SavedSearch ? $search : null;
    }

    public function encodeRecent(array $terms): string
    {
        return base64_encode(serialize(array_slice($terms, 0, 10)));
    }

    public function decodeRecent(string $cookieValue): array
    {
        $terms = unserialize(base64_decode($cookieValue), ['allowed_classes' => false]); // SAFE deser
        return is_array($terms) ? array_values(array_slice(array_filter($terms, 'is_string'), 0, 10)) : [];
    }
}
