<?php

declare(strict_types=1);

namespace Ashgrove\Repository;

use Ashgrove\Model\Member;
use Illuminate\Support\Collection;

final class MemberRepository
{
    public function find(int $id): ?Member
    {
        return Member::find($id);
    }

    public function findByEmail(string $email): ?Member
    {
        return Member::where('email', mb_strtolower(trim($email)))->first();
    }

    public function findByResetToken(string $token): ?Member
    {
        return Member::where('reset_token', $token)
            ->where('reset_expires_at', '>', date('Y-m-d H:i:s'))
            ->first();
    }

    public function create(array $attributes): Member
    {
        $attributes['email'] = mb_strtolower(trim($attributes['email']));

        return Member::create($attributes);
    }

    public function update(Member $member, array $attributes): void
    {
        $member->fill($attributes)->save();
    }

    /** Members who have linked an external calendar feed. */
    public function withCalendarFeeds(): Collection
    {
        return Member::whereNotNull('calendar_feed_url')->get(['id', 'calendar_feed_url']);
    }
}
