<?php

declare(strict_types=1);

namespace Ashgrove\Model;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/**
 * @property int $id
 * @property string $reference
 * @property int $room_id
 * @property int $member_id
 * @property string $title
 * @property string|null $notes
 * @property string $starts_at
 * @property string $ends_at
 * @property string $status
 * @property float $quoted_price
 */
class Booking extends Model
{
    public const STATUS_PENDING = 'pending';
    public const STATUS_CONFIRMED = 'confirmed';
    public const STATUS_CANCELLED = 'cancelled';

    protected $table = 'bookings';

    protected $fillable = [
        'reference', 'room_id', 'member_id', 'title', 'notes',
        'starts_at', 'ends_at', 'status', 'quoted_price', 'attendees',
    ];

    protected $casts = [
        'starts_at' => 'datetime',
        'ends_at' => 'datetime',
        'quoted_price' => 'float',
        'attendees' => 'integer',
    ];

    public function room(): BelongsTo
    {
        return $this->belongsTo(Room::class);
    }

    public function member(): BelongsTo
    {
        return $this->belongsTo(Member::class);
    }

    public function durationHours(): float
    {
        return max(0.5, ($this->ends_at->getTimestamp() - $this->starts_at->getTimestamp()) / 3600);
    }
}
