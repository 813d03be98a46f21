<?php

namespace App\Http\Controllers\Api;

use App\Jobs\NotifyKennelJob;
use App\Jobs\ProcessResultsArchiveJob;
use App\Jobs\PullResultsFeedJob;
use App\Models\Entry;
use App\Models\Ring;
use App\Models\Show;
use App\Repositories\ResultRepository;
use App\Services\PreferenceService;
use App\Services\TokenService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Str;
use RuntimeException;

/**
 * JSON API used by the ringside tablets and the spectator results board.
 */
class RingsideController
{
    private const PREFS_COOKIE = 'ring_prefs';

    public function preferences(Request $request, PreferenceService $prefs): JsonResponse
    {
        return response()->json($prefs->fromCookie($request->cookie(self::PREFS_COOKIE)));
    }

    public function savePreferences(Request $request, PreferenceService $prefs): JsonResponse
    {
        $data = $request->validate([
            'rings' => ['array'],
            'rings.*' => ['integer'],
            'breeds' => ['array'],
            'breeds.*' => ['string', 'max:10'],
            'font' => ['in:small,normal,large'],
            'critiques' => ['boolean'],
        ]);

        return response()->json(['saved' => true])->cookie(self::PREFS_COOKIE, $prefs->toCookie($data), 60 * 24 * 180);
    }

    public function runningOrder(Request $request, Ring $ring): JsonResponse
    {
        abort_unless($request->attributes->get('ringside_ring') === $ring->id, 403);

        $entries = $ring->entries()
            ->with(['dog:id,registered_name,call_name,sex', 'breedClass:id,class_code,name'])
            ->where('status', 'confirmed')
            ->orderBy('breed_class_id')
            ->orderBy('ring_number')
            ->get(['id', 'dog_id', 'breed_class_id', 'ring_number']);

        return response()->json(['ring' => $ring->number, 'judge' => $ring->judge_name, 'entries' => $entries]);
    }

    public function placings(Request $request, Ring $ring, ResultRepository $results): JsonResponse
    {
        abort_unless($request->attributes->get('ringside_ring') === $ring->id, 403);

        $data = $request->validate([
            'placings' => ['required', 'array', 'max:7'],
            'placings.*.ring_number' => ['required', 'integer'],
            'placings.*.placing' => ['required', 'integer', 'between:1,7'],
            'placings.*.award' => ['nullable', 'string', 'max:40'],
        ]);

        $recorded = 0;
        foreach ($data['placings'] as $row) {
            $entry = Entry::with('dog.kennel', 'breedClass')
                ->where('ring_id', $ring->id)
                ->where('ring_number', $row['ring_number'])
                ->first();
            if ($entry === null) {
                continue;
            }

            $results->record($entry->id, ['placing' => $row['placing'], 'award' => $row['award'] ?? null]);
            $recorded++;

            if ($entry->dog->kennel_id !== null) {
                NotifyKennelJob::dispatch($entry->dog->kennel_id, [
                    'dog' => $entry->dog->registered_name,
                    'class' => $entry->breedClass->name,
                    'placing' => $row['placing'],
                ]);
            }
        }

        return response()->json(['recorded' => $recorded]);
    }

    /**
     * End-of-day upload from tablets that lost connectivity.
     */
    public function uploadArchive(Request $request, Show $show): JsonResponse
    {
        $request->validate([
            'archive' => ['required', 'file', 'mimes:zip', 'max:102400'],
        ]);

        $stored = $request->file('archive')->storeAs('incoming', Str::uuid() . '.zip', 'local');

        ProcessResultsArchiveJob::dispatch($show->id, storage_path('app/' . $stored))->onQueue('results');

        return response()->json(['queued' => true], 202);
    }

    /**
     * Championship shows running their own scoring software register a feed.
     */
    public function registerFeed(Request $request, Show $show): JsonResponse
    {
        $data = $request->validate([
            'feed_url' => ['required', 'string', 'max:500'],
        ]);

        PullResultsFeedJob::dispatch($show->id, $data['feed_url'])->onQueue('results');

        return response()->json(['queued' => true, 'feed' => $data['feed_url']], 202);
    }

    public function me(Request $request, TokenService $tokens): JsonResponse
    {
        try {
            $claims = $tokens->verifyRingsideToken((string) $request->bearerToken());
        } catch (RuntimeException $e) {
            return response()->json(['authenticated' => false, 'reason' => $e->getMessage()], 401);
        }

        return response()->json(['authenticated' => true, 'user' => $claims->sub, 'ring' => $claims->ring, 'expires' => $claims->exp]);
    }
}
