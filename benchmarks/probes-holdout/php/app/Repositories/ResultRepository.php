<?php

namespace App\Repositories;

use App\Models\Result;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use InvalidArgumentException;

class ResultRepository
{
    private const SORTS = [
        'placing' => 'results.placing',
        'points' => 'results.points',
        'dog' => 'dogs.registered_name',
        'class' => 'breed_classes.class_code',
    ];

    private const LEADERBOARD_METRICS = [
        'points' => 'SUM(results.points)',
        'wins' => 'SUM(CASE WHEN results.placing = 1 THEN 1 ELSE 0 END)',
        'entries' => 'COUNT(results.id)',
    ];

    public function forShow(int $showId, string $sort, string $direction): Collection
    {
        $column = self::SORTS[$sort] ?? $sort;
        $direction = strtolower($direction) === 'desc' ? 'DESC' : 'ASC';

        return Result::query()
            ->join('entries', 'entries.id', '=', 'results.entry_id')
            ->join('dogs', 'dogs.id', '=', 'entries.dog_id')
            ->join('breed_classes', 'breed_classes.id', '=', 'entries.breed_class_id')
            ->where('entries.show_id', $showId)
            ->select('results.*', 'dogs.registered_name', 'dogs.call_name', 'breed_classes.class_code', 'breed_classes.name as class_name', 'entries.ring_number', 'entries.handler_name')
            ->orderByRaw("{$column} {$direction}") // VULN sqli
            ->get();
    }

    public function leaderboard(int $showId, string $metric): Collection
    {
        if (!array_key_exists($metric, self::LEADERBOARD_METRICS)) {
            throw new InvalidArgumentException("Unknown leaderboard metric {$metric}");
        }

        return Result::query()
            ->join('entries', 'entries.id', '=', 'results.entry_id')
            ->join('dogs', 'dogs.id', '=', 'entries.dog_id')
            ->where('entries.show_id', $showId)
            ->groupBy('dogs.id', 'dogs.registered_name')
            ->selectRaw('dogs.id, dogs.registered_name, ' . self::LEADERBOARD_METRICS[$metric] . ' AS score')
            ->orderByRaw(self::LEADERBOARD_METRICS[$metric] . ' DESC') // SAFE sqli
            ->limit(20)
            ->get();
    }

    public function byBreed(string $showId, string $breedCode): array
    {
        $sql = 'SELECT r.placing, r.award, r.points, d.registered_name, bc.class_code, bc.name AS class_name
                FROM results r
                JOIN entries e ON e.id = r.entry_id
                JOIN dogs d ON d.id = e.dog_id
                JOIN breed_classes bc ON bc.id = e.breed_class_id
                JOIN breeds b ON b.id = bc.breed_id
                WHERE e.show_id = ? AND b.code = \'' . $breedCode . '\'
                ORDER BY bc.class_code, r.placing';

        return DB::select($sql, [$showId]); // VULN sqli
    }

    public function record(int $entryId, array $data): Result
    {
        return Result::updateOrCreate(['entry_id' => $entryId], $data);
    }
}
