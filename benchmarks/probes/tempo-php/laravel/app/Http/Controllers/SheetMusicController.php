<?php

namespace App\Http\Controllers;

use App\Services\RepertoireService;
use App\Services\SheetImportService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class SheetMusicController extends Controller
{
    public function __construct(private readonly RepertoireService $repertoire) {}

    public function download(Request $request)
    {
        return response()->download(storage_path('app/sheets/' . $request->query('file'))); // VULN path
    }

    public function show(string $name)
    {
        $contents = Storage::disk('sheets')->get(basename($name)); // SAFE path
        abort_if($contents === null, 404);

        return response($contents, 200, ['Content-Type' => 'application/pdf']);
    }

    public function import(Request $request, SheetImportService $importer)
    {
        $request->validate(['bundle' => ['required', 'file', 'mimes:zip', 'max:51200']]);
        $count = $importer->importBundle($request->file('bundle')->getRealPath(), (string) $request->get('collection', 'general'));

        return back()->with('status', "{$count} scores imported.");
    }

    public function uploadCatalog(Request $request): JsonResponse
    {
        $request->validate(['catalog' => ['required', 'file', 'max:10240']]);

        return response()->json(['pieces' => $this->repertoire->importCatalog($request->file('catalog')->get())]);
    }

    public function inspect(Request $request): JsonResponse
    {
        return response()->json($this->repertoire->inspectScore($request->getContent()));
    }

    public function search(Request $request): JsonResponse
    {
        if ($request->filled('composer')) {
            return response()->json($this->repertoire->piecesByComposer((string) $request->query('composer')));
        }
        $grade = max(1, min(8, (int) $request->query('grade', 1)));

        return response()->json($this->repertoire->piecesForGrade($grade, (string) $request->query('instrument', 'piano')));
    }
}
