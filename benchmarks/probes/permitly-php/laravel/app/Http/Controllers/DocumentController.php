<?php

namespace App\Http\Controllers;

use App\Models\PermitApplication;
use App\Services\DocumentStorageService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Symfony\Component\HttpFoundation\BinaryFileResponse;

class DocumentController
{
    private const CATEGORIES = ['site_plan', 'floor_plan', 'elevation', 'structural_calcs', 'energy_report', 'photo', 'other'];

    public function __construct(private readonly DocumentStorageService $documents)
    {
    }

    public function upload(Request $request, PermitApplication $permit): JsonResponse
    {
        $this->authorizeFor($request, $permit);

        $request->validate([
            'file' => ['required', 'file', 'max:' . config('permitly.documents.max_upload_kb'), 'mimes:pdf,png,jpg,jpeg,tif,txt,csv,xml,json,dwg'],
            'category' => ['required', 'in:' . implode(',', self::CATEGORIES)],
        ]);

        $stored = $this->documents->store($permit, $request->file('file'), $request->input('category'));

        return response()->json($stored, 201);
    }

    public function uploadPlanSet(Request $request, PermitApplication $permit): JsonResponse
    {
        $this->authorizeFor($request, $permit);

        $request->validate([
            'plan_set' => ['required', 'file', 'mimes:zip', 'max:512000'],
        ]);

        $name = $this->documents->queuePlanSet($permit, $request->file('plan_set'));

        return response()->json(['queued' => $name], 202);
    }

    public function download(Request $request, PermitApplication $permit): BinaryFileResponse
    {
        $this->authorizeFor($request, $permit);

        $path = $this->documents->downloadPath($permit, (string) $request->query('name', ''));

        return response()->download($path, basename($path)); // SAFE path
    }

    public function preview(Request $request, PermitApplication $permit): Response
    {
        $this->authorizeFor($request, $permit);

        $file = (string) $request->query('file', '');
        abort_if($file === '', 404);

        $preview = $this->documents->readContents($permit, $file);

        return response($preview['contents'], 200, [
            'Content-Type' => 'text/plain; charset=UTF-8',
            'X-Content-Type-Options' => 'nosniff',
            'X-Detected-Type' => $preview['mime'],
        ]);
    }

    public function destroy(Request $request, PermitApplication $permit): JsonResponse
    {
        $this->authorizeFor($request, $permit);
        abort_unless($permit->isEditable(), 409, 'Documents on a permit in review cannot be removed.');

        $removed = $this->documents->remove($permit, (string) $request->input('name', ''));

        return response()->json(['removed' => $removed]);
    }

    private function authorizeFor(Request $request, PermitApplication $permit): void
    {
        $user = $request->user();
        abort_unless($user->isStaff() || (int) $user->contractor_id === (int) $permit->contractor_id, 404);
    }
}
