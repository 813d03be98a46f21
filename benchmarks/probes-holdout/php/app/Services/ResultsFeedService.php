<?php

namespace App\Services;

use App\Models\Show;
use App\Repositories\ResultRepository;
use App\Models\Entry;
use Illuminate\Support\Facades\Http;
use RuntimeException;

/**
 * Larger championship shows publish results from their own scoring software
 * as a JSON feed; ringside stewards register the feed URL and we pull it.
 */
class ResultsFeedService
{
    public function __construct(private readonly ResultRepository $results)
    {
    }

    public function pull(Show $show, string $feedUrl): int
    {
        if (filter_var($feedUrl, FILTER_VALIDATE_URL) === false) {
            throw new RuntimeException('Feed URL is not valid.');
        }

        $response = Http::timeout(20)->acceptJson()->get($feedUrl); // VULN ssrf
        if (!$response->successful()) {
            throw new RuntimeException('Results feed returned HTTP ' . $response->status());
        }

        $imported = 0;
        foreach ((array) $response->json('results', []) as $row) {
            $entry = Entry::query()
                ->where('show_id', $show->id)
                ->where('ring_number', (int) ($row['ring_number'] ?? 0))
                ->first();

            if ($entry === null) {
                continue;
            }

            $this->results->record($entry->id, [
                'placing' => (int) ($row['placing'] ?? 0),
                'award' => mb_substr((string) ($row['award'] ?? ''), 0, 40),
                'points' => (int) ($row['points'] ?? 0),
                'critique' => (string) ($row['critique'] ?? ''),
            ]);
            $imported++;
        }

        return $imported;
    }
}
