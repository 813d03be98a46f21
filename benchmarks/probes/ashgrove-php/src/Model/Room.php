<?php

declare(strict_types=1);

namespace Ashgrove\Model;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

/**
 * @property int $id
 * @property string $name
 * @property int $capacity
 * @property float $hourly_rate
 * @property string $features
 * @property string|null $image_path
 */
class Room extends Model
{
    protected $table = 'rooms';

    protected $fillable = ['name', 'capacity', 'hourly_rate', 'features', 'image_path', 'description'];

    protected $casts = [
        'capacity' => 'integer',
        'hourly_rate' => 'float',
    ];

    public function bookings(): HasMany
    {
        return $this->hasMany(Booking::class);
    }

    /** @return list<string> */
    public function featureList(): array
    {
        return array_values(array_filter(array_map('trim', explode(',', (string) $this->features))));
    }
}
