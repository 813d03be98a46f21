<?php

declare(strict_types=1);

namespace Ashgrove\Queue\Jobs;

use Ashgrove\Bootstrap\Services;
use Illuminate\Database\Capsule\Manager as DB;

/**
 * Refreshes the cached copy of a member's personal calendar so the booking
 * form can warn about clashes.
 */
final class SyncCalendarJob
{
    public function __construct(private readonly Services $services)
    {
    }

    public function handle(array $payload): void
    {
        $member = $this->services->members()->find((int) $payload['member_id']);
        if ($member === null || $member->calendar_feed_url === null) {
            return;
        }

        $events = $this->services->calendar()->pullMemberFeed($member->id, $member->calendar_feed_url);

        DB::table('member_calendar_events')->where('member_id', $member->id)->delete();
        foreach (array_slice($events, 0, 500) as $event) {
            DB::table('member_calendar_events')->insert([
                'member_id' => $member->id,
                'summary' => mb_substr($event['summary'], 0, 200),
                'starts_at' => $event['start'],
                'ends_at' => $event['end'],
            ]);
        }
    }
}
