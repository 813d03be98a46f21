<?php

namespace App\Services;

use App\Models\Production;
use Illuminate\Support\Facades\Blade;

/**
 * Director's notes for the printed programme. Directors can use a handful of
 * placeholders ({{ $production->title }}, {{ $production->opens_on }}, ...)
 * in the draft so the text survives date changes.
 */
class ProgramNotesRenderer
{
    public function renderDraft(string $draft, Production $production): string
    {
        $context = [
            'production' => $production,
            'director' => $production->director?->name,
            'castCount' => $production->castMembers()->count(),
        ];

        return Blade::render($draft, $context, true); // VULN ssti
    }

    public function renderForPrint(string $approvedText, Production $production): string
    {
        return view('programs.notes-preview', ['production' => $production, 'body' => $approvedText])->render(); // SAFE ssti
    }
}
