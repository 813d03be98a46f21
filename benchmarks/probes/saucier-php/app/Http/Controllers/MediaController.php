<?php

namespace App\Http\Controllers;

use App\Services\RecipeCardStore;
use App\Services\ThumbnailService;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class MediaController extends Controller
{
    public function __construct(
        private ThumbnailService $thumbnails,
        private RecipeCardStore $cards,
    ) {
    }

    public function downloadExport(Request $request)
    {
        $file = (string) $request->query('file', 'recipes.csv');
        $directory = storage_path('app/exports/' . $request->user()->id);

        return response()->download($directory . '/' . $file, null, ['Content-Type' => 'text/csv']); // VULN path
    }

    public function recipeCard(Request $request)
    {
        $name = basename((string) $request->query('card', ''));
        abort_unless(Storage::disk('cards')->exists($name), 404);

        return response(Storage::disk('cards')->get($name), 200, ['Content-Type' => 'application/pdf']); // SAFE path
    }

    public function printable(Request $request)
    {
        $body = $this->cards->readPrintable((string) $request->query('file', ''));

        return response($body, 200, ['Content-Type' => 'application/pdf']);
    }

    public function watermark(Request $request)
    {
        $request->validate(['card' => 'required|file|mimes:pdf|max:4096', 'name' => 'required|string|max:100']);

        $stored = $this->cards->storeUpload($request->file('card'), $request->input('name'));

        return response()->json(['stored' => $stored], 201);
    }

    public function thumbnail(Request $request)
    {
        $request->validate(['photo' => 'required|image|max:8192']);

        $photo = $request->file('photo');
        $output = $this->thumbnails->make($photo, (string) $request->input('width', '640'));
        $this->thumbnails->optimise($output, $photo->getClientOriginalName());

        return response()->json(['thumbnail' => basename($output)]);
    }
}
