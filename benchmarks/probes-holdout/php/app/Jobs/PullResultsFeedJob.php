<?php

namespace App\Jobs;

use App\Models\Show;
use App\Services\ResultsFeedService;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;

class PullResultsFeedJob implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(public readonly int $showId, public readonly string $feedUrl)
    {
    }

    public function handle(ResultsFeedService $feeds): void
    {
        $show = Show::findOrFail($this->showId);
        $count = $feeds->pull($show, $this->feedUrl);

        Log::info('Results feed pulled', ['show' => $show->id, 'rows' => $count]);
    }

    public function retryUntil(): \DateTimeInterface
    {
        return now()->addHours(2);
    }
}
