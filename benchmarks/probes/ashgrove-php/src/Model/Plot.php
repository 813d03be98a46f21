<?php

declare(strict_types=1);

namespace Ashgrove\Model;

use Illuminate\Database\Eloquent\Model;

/**
 * @property int $id
 * @property string $reference
 * @property string $site_name
 * @property float $size_rods
 * @property string|null $holder_name
 * @property string|null $holder_website
 * @property string $status
 */
class Plot extends Model
{
    protected $table = 'plots';

    protected $fillable = [
        'reference', 'site_name', 'size_rods', 'holder_name', 'holder_website',
        'status', 'water_access', 'annual_rent',
    ];

    protected $casts = [
        'size_rods' => 'float',
        'water_access' => 'boolean',
        'annual_rent' => 'float',
    ];

    public function isVacant(): bool
    {
        return $this->status === 'vacant';
    }
}
