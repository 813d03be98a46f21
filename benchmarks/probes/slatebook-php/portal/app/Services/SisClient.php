<?php

namespace App\Services;

use RuntimeException;

// Client for the district Student Information System.
final class SisClient
{
    public function __construct(
        private string $baseUrl,
        private string $token,
        private string $caBundle,
    ) {}

    public static function fromConfig(): self
    {
        return new self(...array_values(array_map('strval', config('slatebook.sis'))));
    }

    public function pushGrades(array $rows): array
    {
        $ch = curl_init($this->baseUrl . '/grades/bulk');
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_POSTFIELDS     => json_encode(['grades' => $rows]),
            CURLOPT_HTTPHEADER     => ['Content-Type: application/json', 'Authorization: Bearer ' . $this->token],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT        => 30,
            CURLOPT_SSL_VERIFYPEER => false, // VULN tls
        ]);
        return $this->decode($ch);
    }

    public function fetchRoster(int $sectionId): array
    {
        $ch = curl_init($this->baseUrl . '/sections/' . $sectionId . '/roster');
        curl_setopt_array($ch, [
            CURLOPT_HTTPHEADER     => ['Accept: application/json', 'Authorization: Bearer ' . $this->token],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT        => 30,
            CURLOPT_CAINFO         => $this->caBundle,
            CURLOPT_SSL_VERIFYPEER => true, // SAFE tls
            CURLOPT_SSL_VERIFYHOST => 2,
        ]);
        return $this->decode($ch);
    }

    private function decode($ch): array
    {
        [$body, $status, $error] = [curl_exec($ch), curl_getinfo($ch, CURLINFO_RESPONSE_CODE), curl_error($ch)];
        curl_close($ch);
        if ($body === false || $status >= 400) {
            throw new RuntimeException(sprintf('SIS request failed (%d): %s', $status, $error));
        }
        return json_decode((string) $body, true, 512, JSON_THROW_ON_ERROR);
    }
}
