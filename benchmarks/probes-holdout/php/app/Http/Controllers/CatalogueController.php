<?php

namespace App\Http\Controllers;

use App\Jobs\GenerateCatalogueJob;
use App\Models\Show;
use App\Services\CatalogueService;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class CatalogueController
{
    public function generate(Request $request, Show $show): RedirectResponse
    {
        abort_unless($request->user()->isSecretary(), 403);

        GenerateCatalogueJob::dispatch($show->id, $request->boolean('cover', true))->onQueue('documents');

        return back()->with('status', 'The catalogue is being generated; it will be ready in a few minutes.');
    }

    public function updateFooter(Request $request, Show $show): RedirectResponse
    {
        abort_unless($request->user()->isSecretary(), 403);

        $data = $request->validate([
            'catalogue_title' => ['nullable', 'string', 'max:150'],
            'catalogue_footer' => ['nullable', 'string', 'max:2000'],
        ]);

        $show->fill($data)->save();

        return back()->with('status', 'Catalogue settings saved.');
    }

    public function preview(Request $request, Show $show, CatalogueService $catalogue): Response
    {
        abort_unless($request->user()->isSecretary(), 403);

        return response($catalogue->html($show));
    }

    public function download(Show $show): BinaryFileResponse
    {
        $path = config('showring.catalogue.output_dir') . '/catalogue-' . (int) $show->id . '.pdf';
        abort_unless(is_file($path), 404, 'The catalogue has not been generated yet.');

        return response()->download($path, 'catalogue-' . $show->id . '.pdf'); // SAFE path
    }
}
