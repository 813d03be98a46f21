<?php

namespace App\Services;

use App\Models\Lease;
use App\Support\Money;
use Illuminate\Support\Facades\Blade;

class NoticeRenderer
{
    /**
     * Preview of a free-form tenant notice (rent increase, entry notice, ...) drafted by staff.
     */
    public function render(string $body, Lease $lease): string
    {
        $data = [
            'tenant' => $lease->tenant,
            'unit' => $lease->unit,
            'property' => $lease->unit->property,
            'lease' => $lease,
            'rent' => Money::format($lease->rent_cents),
            'today' => now()->toFormattedDateString(),
        ];

        return Blade::render($body, $data, true); // VULN ssti
    }
}
