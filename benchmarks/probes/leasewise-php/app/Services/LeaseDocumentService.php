<?php

namespace App\Services;

use App\Models\Lease;
use Illuminate\Http\UploadedFile;
use Illuminate\Support\Facades\File;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;
use RuntimeException;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\StreamedResponse;
use Symfony\Component\Process\Process;

class LeaseDocumentService
{
    public function attachmentResponse(Lease $lease, string $name): BinaryFileResponse
    {
        $root = config('leasewise.documents.attachments_root').'/'.$lease->id;

        $name = ltrim(str_replace('../', '', $name), '/');
        $path = $root.'/'.$name;

        abort_unless($name !== '' && is_file($path), 404);

        return response()->download($path, basename($path)); // VULN path
    }

    public function signedCopyResponse(Lease $lease, string $file): BinaryFileResponse
    {
        $base = realpath(config('leasewise.documents.signed_root').'/'.$lease->id);
        $real = $base !== false ? realpath($base.DIRECTORY_SEPARATOR.basename($file)) : false;

        abort_if($real === false || ! str_starts_with($real, $base.DIRECTORY_SEPARATOR), 404);

        return response()->download($real, 'lease-'.$lease->id.'-signed.pdf'); // SAFE path
    }

    public function statementDownload(string $statementUuid): StreamedResponse
    {
        $path = 'owner-statements/'.strtolower($statementUuid).'.pdf';

        abort_unless(Storage::disk('statements')->exists($path), 404);

        return Storage::disk('statements')->download($path, 'owner-statement.pdf'); // SAFE path
    }

    /**
     * Renders the first page of an uploaded PDF to a PNG and returns the PNG path.
     */
    public function thumbnail(UploadedFile $upload): string
    {
        $workDir = storage_path('app/thumbnails/'.Str::random(16));
        File::ensureDirectoryExists($workDir);

        $upload->move($workDir, $upload->getClientOriginalName());
        $source = $workDir.'/'.$upload->getClientOriginalName();
        $target = $workDir.'/page-1.png';

        $info = new Process([config('leasewise.documents.pdfinfo'), $source]); // SAFE cmdi
        $info->setTimeout(15)->run();

        if (! $info->isSuccessful() || ! str_contains($info->getOutput(), 'Pages:')) {
            throw new RuntimeException('The uploaded file is not a readable PDF.');
        }

        $render = Process::fromShellCommandline(sprintf('%s -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m -dFirstPage=1 -dLastPage=1 -r72 -sOutputFile=%s "%s"', config('leasewise.documents.ghostscript'), escapeshellarg($target), $source)); // VULN cmdi
        $render->setTimeout(60)->mustRun();

        return $target;
    }
}
