<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class MaintenanceRequest extends Model
{
    public const CATEGORIES = ['plumbing', 'electrical', 'appliance', 'hvac', 'pest', 'locks', 'general'];

    public const STATUSES = ['open', 'scheduled', 'in_progress', 'waiting_parts', 'closed'];

    protected $fillable = [
        'tenant_id', 'reported_by', 'category', 'priority', 'description',
        'vendor_notes', 'permission_to_enter', 'status',
    ];

    protected function casts(): array
    {
        return ['permission_to_enter' => 'boolean'];
    }

    public function unit(): BelongsTo
    {
        return $this->belongsTo(Unit::class);
    }

    public function tenant(): BelongsTo
    {
        return $this->belongsTo(Tenant::class);
    }

    public function reporter(): BelongsTo
    {
        return $this->belongsTo(User::class, 'reported_by');
    }
}
