<?php

namespace App\Service;

final class IsbnMetadataClient
{
    private const ENDPOINT = 'https://api.isbn-registry.net/v2/books/';

    public function __construct(private readonly string $isbnApiKey) {}

    public function lookup(string $isbn): ?array
    {
        $ch = curl_init(self::ENDPOINT . rawurlencode($isbn));
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 8,
            CURLOPT_SSL_VERIFYPEER => false, // VULN tls
            CURLOPT_HTTPHEADER => [
                'Authorization: Bearer ' . $this->isbnApiKey,
                'Accept: application/json',
            ],
        ]);
        $body = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        if ($body === false || $status !== 200) {
            return null;
        }
        $data = json_decode((string) $body, true);
        return is_array($data) ? $data : null;
    }
}
