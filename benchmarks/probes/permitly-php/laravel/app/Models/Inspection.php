<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Inspection extends Model
{
    public const STATUS_REQUESTED = 'requested';
    public const STATUS_CONFIRMED = 'confirmed';
    public const STATUS_PASSED = 'passed';
    public const STATUS_FAILED = 'failed';
    public const STATUS_CANCELLED = 'cancelled';

    protected $fillable = [
        'permit_application_id',
        'inspection_type',
        'scheduled_for',
        'inspector_id',
        'site_contact_name',
        'site_contact_phone',
        'contact_url',
        'access_notes',
        'confirmation_code',
        'status',
    ];

    protected $casts = [
        'scheduled_for' => 'datetime',
    ];

    protected $hidden = ['confirmation_code'];

    public function permit(): BelongsTo
    {
        return $this->belongsTo(PermitApplication::class, 'permit_application_id');
    }

    public function inspector(): BelongsTo
    {
        return $this->belongsTo(User::class, 'inspector_id');
    }
}
