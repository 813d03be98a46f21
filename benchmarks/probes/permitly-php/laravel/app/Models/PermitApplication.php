<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

class PermitApplication extends Model
{
    use HasFactory;

    public const STATUS_DRAFT = 'draft';
    public const STATUS_SUBMITTED = 'submitted';
    public const STATUS_IN_REVIEW = 'in_review';
    public const STATUS_ISSUED = 'issued';
    public const STATUS_REJECTED = 'rejected';

    protected $fillable = [
        'reference',
        'parcel_number',
        'site_address',
        'applicant_name',
        'applicant_email',
        'work_type',
        'description',
        'scope_notes',
        'estimated_value',
        'status',
        'gis_feature_url',
        'zoning_code',
        'contractor_id',
        'submitted_at',
    ];

    protected $casts = [
        'estimated_value' => 'decimal:2',
        'submitted_at' => 'datetime',
        'gis_snapshot' => 'array',
    ];

    public function contractor(): BelongsTo
    {
        return $this->belongsTo(Contractor::class);
    }

    public function inspections(): HasMany
    {
        return $this->hasMany(Inspection::class);
    }

    public function feeStatements(): HasMany
    {
        return $this->hasMany(FeeStatement::class);
    }

    public function isEditable(): bool
    {
        return in_array($this->status, [self::STATUS_DRAFT, self::STATUS_SUBMITTED], true);
    }

    public function documentDirectory(): string
    {
        return (string) $this->getKey();
    }
}
