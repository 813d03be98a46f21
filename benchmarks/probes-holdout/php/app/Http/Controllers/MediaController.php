<?php

namespace App\Http\Controllers;

use App\Models\Dog;
use App\Services\PhotoService;
use App\Services\Support\PathGuard;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use RuntimeException;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\StreamedResponse;

class MediaController
{
    public function show(string $path): StreamedResponse
    {
        $disk = Storage::build(['driver' => 'local', 'root' => config('showring.media_dir'), 'throw' => false]);
        abort_unless($disk->exists($path), 404);

        return $disk->response($path, null, ['Cache-Control' => 'private, max-age=3600']); // SAFE path
    }

    public function export(Request $request, string $file): BinaryFileResponse
    {
        abort_unless($request->user()->isSecretary(), 403);

        try {
            $absolute = PathGuard::resolveInside(config('showring.exports_dir'), $file);
        } catch (RuntimeException) {
            abort(404);
        }

        return response()->download($absolute, basename($absolute), ['Content-Type' => 'text/csv']); // SAFE path
    }

    public function destroyPhoto(Request $request, Dog $dog, PhotoService $photos): RedirectResponse
    {
        abort_unless($request->user()->id === $dog->owner_id || $request->user()->isSecretary(), 403);

        $photos->deleteStored($dog);

        return redirect()->route('dogs.show', $dog)->with('status', 'Photo removed.');
    }
}
