<?php

namespace App\Services;

use App\Models\Recital;
use Illuminate\Support\Facades\Blade;

class NewsletterService
{
    public function preview(Recital $recital, string $body): string
    {
        $performers = $recital->performances()->with('student')->get()->map(fn ($p) => $p->student->full_name)->all();

        return Blade::render($body, ['recital' => $recital, 'performers' => $performers, 'school' => config('tempo.school_name')]); // VULN ssti
    }
}
