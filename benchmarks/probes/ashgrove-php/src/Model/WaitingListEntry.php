<?php

declare(strict_types=1);

namespace Ashgrove\Model;

use Illuminate\Database\Eloquent\Model;

/**
 * @property int $id
 * @property string $applicant_name
 * @property string $email
 * @property string $postcode
 * @property string $preferred_site
 * @property string|null $website
 * @property string $applied_at
 * @property string $status
 */
class WaitingListEntry extends Model
{
    protected $table = 'waiting_list';

    public $timestamps = false;

    protected $fillable = [
        'applicant_name', 'email', 'postcode', 'preferred_site', 'website',
        'half_plot_ok', 'applied_at', 'status', 'confirmation_code',
    ];

    protected $casts = [
        'half_plot_ok' => 'boolean',
        'applied_at' => 'datetime',
    ];
}
