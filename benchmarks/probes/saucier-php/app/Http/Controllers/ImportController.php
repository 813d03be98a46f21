<?php

namespace App\Http\Controllers;

use App\Jobs\ImportRecipeBundle;
use App\Services\PantryCatalog;
use App\Services\RecipeImportService;
use Illuminate\Http\Request;

class ImportController extends Controller
{
    public function __construct(
        private RecipeImportService $importer,
        private PantryCatalog $pantry,
    ) {
    }

    public function bundle(Request $request)
    {
        $request->validate(['bundle' => 'required|file|mimes:zip|max:20480']);

        $workDir = $this->importer->extractBundle($request->file('bundle')->getRealPath(), $request->user()->id);
        ImportRecipeBundle::dispatch($workDir, $request->user()->id);

        return back()->with('status', 'Your recipes are being imported.');
    }

    public function checkedBundle(Request $request)
    {
        $request->validate(['bundle' => 'required|file|mimes:zip|max:20480']);

        $workDir = $this->importer->extractBundleChecked($request->file('bundle')->getRealPath(), $request->user()->id);
        ImportRecipeBundle::dispatch($workDir, $request->user()->id);

        return back()->with('status', 'Your recipes are being imported.');
    }

    public function pantry(Request $request)
    {
        $request->validate(['catalogue' => 'required|file|mimes:xml|max:2048']);

        $items = $this->pantry->importXml($request->file('catalogue')->getRealPath());

        return response()->json(['imported' => count($items)]);
    }

    public function pantryLegacy(Request $request)
    {
        $request->validate(['catalogue' => 'required|file|max:2048']);

        $items = $this->pantry->importLegacyXml($request->file('catalogue')->getRealPath());

        return response()->json(['imported' => count($items)]);
    }
}
