<?php

namespace App\Service;

use App\Repository\EngagementRepository;

class EngagementService
{
    private const FILTERABLE = ['type', 'campaignSlug', 'source', 'donorEmail'];

    public function __construct(private readonly EngagementRepository $repository)
    {
    }

    public function track(string $type, string $campaignSlug, ?string $donorEmail, string $source): void
    {
        $this->repository->record($type, array_filter([
            'campaignSlug' => $campaignSlug,
            'donorEmail' => $donorEmail !== null ? mb_strtolower($donorEmail) : null,
            'source' => $source,
        ]));
    }

    /**
     * @param array<string, mixed> $filters
     */
    public function search(array $filters): array
    {
        $criteria = [];
        foreach (self::FILTERABLE as $key) {
            if (isset($filters[$key]) && is_scalar($filters[$key]) && $filters[$key] !== '') {
                $criteria[$key] = (string) $filters[$key];
            }
        }

        return $this->repository->findEvents($criteria);
    }

    public function timeline(string $email): array
    {
        return $this->repository->timelineForDonor(mb_strtolower(trim($email)));
    }

    /**
     * Called from the one-click links in our email footers.
     */
    public function updateEmailPreferences(array $payload): bool
    {
        $changes = [];
        foreach (['newsletter', 'appeals', 'events'] as $topic) {
            if (array_key_exists($topic, $payload)) {
                $changes['topics.' . $topic] = (bool) $payload[$topic];
            }
        }
        if ($changes === []) {
            return false;
        }

        $who = [
            'email' => mb_strtolower(trim((string) ($payload['email'] ?? ''))),
            'token' => $payload['token'] ?? '',
        ];

        return $this->repository->updatePreferences($who, $changes) > 0;
    }

    /**
     * Public "your giving so far" card: donors identify themselves with their supporter number and postcode.
     */
    public function givingSummary(array $payload): ?array
    {
        return $this->repository->findSummary([
            'donorRef' => $payload['donorRef'] ?? null,
            'postcode' => isset($payload['postcode']) && is_string($payload['postcode']) ? strtoupper($payload['postcode']) : ($payload['postcode'] ?? null),
        ]);
    }
}
