<?php

namespace App\Services;

use App\Jobs\ImportPlanArchive;
use App\Models\PermitApplication;
use App\Support\PathGuard;
use Illuminate\Http\UploadedFile;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Str;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\HttpKernel\Exception\UnprocessableEntityHttpException;

class DocumentStorageService
{
    private string $root;

    public function __construct()
    {
        $this->root = rtrim(config('permitly.documents.root'), '/');
    }

    public function store(PermitApplication $permit, UploadedFile $file, string $category): array
    {
        $directory = $this->permitDirectory($permit);
        if (!is_dir($directory)) {
            mkdir($directory, 0775, true);
        }

        $extension = strtolower($file->getClientOriginalExtension() ?: $file->guessExtension() ?: 'bin');
        $storedName = Str::slug($category) . '-' . Str::uuid()->toString() . '.' . $extension;
        $file->move($directory, $storedName);

        $checksum = sha1_file($directory . '/' . $storedName); // SAFE hash

        $duplicate = DB::table('documents')
            ->where('permit_application_id', $permit->id)
            ->where('checksum', $checksum)
            ->exists();

        DB::table('documents')->insert([
            'permit_application_id' => $permit->id,
            'category' => $category,
            'original_name' => mb_substr($file->getClientOriginalName(), 0, 200),
            'stored_name' => $storedName,
            'checksum' => $checksum,
            'size' => filesize($directory . '/' . $storedName),
            'created_at' => now(),
            'updated_at' => now(),
        ]);

        return ['stored_name' => $storedName, 'duplicate' => $duplicate];
    }

    /**
     * Plan sets arrive as a single zip from the architect's CAD export. They
     * are unpacked asynchronously because they are often several hundred MB.
     */
    public function queuePlanSet(PermitApplication $permit, UploadedFile $archive): string
    {
        $incoming = storage_path('app/incoming');
        if (!is_dir($incoming)) {
            mkdir($incoming, 0775, true);
        }

        $name = $permit->id . '-' . Str::uuid()->toString() . '.zip';
        $archive->move($incoming, $name);

        ImportPlanArchive::dispatch($permit->id, $incoming . '/' . $name)->onQueue('documents');

        return $name;
    }

    public function downloadPath(PermitApplication $permit, string $storedName): string
    {
        return PathGuard::resolveWithin($this->permitDirectory($permit), $storedName);
    }

    /**
     * Inline preview for small text attachments (CSV schedules, XML energy
     * reports) in the review screen.
     */
    public function readContents(PermitApplication $permit, string $file): array
    {
        $path = $this->permitDirectory($permit) . '/' . $file;

        if (!is_file($path)) {
            throw new NotFoundHttpException('Document not found.');
        }

        if (filesize($path) > 2 * 1024 * 1024) {
            throw new UnprocessableEntityHttpException('File too large to preview.');
        }

        $contents = file_get_contents($path); // VULN path
        $mime = (new \finfo(FILEINFO_MIME_TYPE))->buffer($contents) ?: 'text/plain';

        return ['contents' => $contents, 'mime' => $mime];
    }

    /**
     * Names come from the document grid where they are URL-encoded a second
     * time by the JavaScript table component.
     */
    public function remove(PermitApplication $permit, string $encodedName): bool
    {
        if (PathGuard::hasTraversal($encodedName)) {
            throw new UnprocessableEntityHttpException('Invalid document name.');
        }

        $name = rawurldecode($encodedName);
        $path = $this->permitDirectory($permit) . '/' . $name;

        if (!is_file($path)) {
            return false;
        }

        DB::table('documents')->where('permit_application_id', $permit->id)->where('stored_name', $name)->delete();

        return unlink($path); // VULN path
    }

    public function listFor(PermitApplication $permit): array
    {
        return DB::table('documents')
            ->where('permit_application_id', $permit->id)
            ->orderBy('created_at')
            ->get(['id', 'category', 'original_name', 'stored_name', 'size', 'created_at'])
            ->all();
    }

    private function permitDirectory(PermitApplication $permit): string
    {
        return $this->root . '/' . $permit->documentDirectory();
    }
}
