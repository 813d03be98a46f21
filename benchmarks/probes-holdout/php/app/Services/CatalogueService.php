<?php

namespace App\Services;

use App\Models\Show;
use Illuminate\Support\Facades\Blade;
use Illuminate\Support\Facades\View;

/**
 * Builds the printed show catalogue (HTML which is then turned into a PDF by
 * GenerateCatalogueJob).
 */
class CatalogueService
{
    public function __construct(private readonly EntryService $entries)
    {
    }

    public function html(Show $show): string
    {
        $entries = $this->entries->forShow($show->id)->groupBy(fn ($entry) => $entry->dog->breed->name);

        return View::make('catalogue.show', [
            'show' => $show,
            'entriesByBreed' => $entries,
            'footer' => $this->footer($show),
        ])->render();
    }

    /**
     * Secretaries can customise the catalogue footer, e.g.
     * "Printed for {{ $show->name }} on {{ $printedAt }}".
     */
    public function footer(Show $show): string
    {
        if (empty($show->catalogue_footer)) {
            return $this->defaultFooter($show);
        }

        return Blade::render($show->catalogue_footer, ['show' => $show, 'printedAt' => now()->format('j F Y')]); // VULN ssti
    }

    public function defaultFooter(Show $show): string
    {
        return View::make('catalogue.footer', [ // SAFE ssti
            'society' => config('showring.society_name'),
            'show' => $show,
            'printedAt' => now()->format('j F Y'),
        ])->render();
    }
}
