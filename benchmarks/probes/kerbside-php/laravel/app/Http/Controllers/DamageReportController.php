<?php

namespace App\Http\Controllers;

use App\Models\DamageReport;
use App\Services\DamagePhotoService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class DamageReportController
{
    public function __construct(private readonly DamagePhotoService $photos) {}

    public function uploadPhotos(Request $request, DamageReport $report): JsonResponse
    {
        $request->validate(['archive' => ['required', 'file', 'mimes:zip', 'max:51200']]);
        $stored = $this->photos->importArchive($report, $request->file('archive')->getRealPath());
        $report->update(['photo_count' => $report->photo_count + count($stored), 'status' => 'photos_received']);

        return response()->json(['stored' => $stored], 201);
    }

    public function photo(Request $request, DamageReport $report): Response
    {
        $file = (string) $request->query('file', '');
        return response($this->photos->read($report, $file), 200, ['Cache-Control' => 'private, max-age=600']);
    }
}
