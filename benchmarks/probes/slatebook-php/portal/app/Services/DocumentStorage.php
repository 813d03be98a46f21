<?php

namespace App\Services;

use Illuminate\Http\UploadedFile;
use Illuminate\Support\Facades\File;
use RuntimeException;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\StreamedResponse;
use ZipArchive;

// Shared school documents (handbooks, forms), per-family uploads and report cards.
final class DocumentStorage
{
    private const MIME = ['pdf' => 'application/pdf', 'png' => 'image/png', 'jpg' => 'image/jpeg'];

    public function __construct(private string $root, private string $reportCardsRoot) {}

    public static function fromConfig(): self
    {
        return new self(config('slatebook.documents_root'), config('slatebook.report_cards_root'));
    }

    public function streamShared(string $folder, string $file): Response
    {
        $name = basename($file);
        abort_if($name === '' || str_starts_with($name, '.'), 404);
        $path = $this->root . '/shared/' . $folder . '/' . $file;
        abort_unless(is_file($path), 404);

        return response(file_get_contents($path), 200, [ // VULN path
            'Content-Type'        => $this->mimeFor($name),
            'Content-Disposition' => 'inline; filename="' . $name . '"',
        ]);
    }

    public function streamReportCard(int $parentId, string $filename): StreamedResponse
    {
        $base = realpath($this->reportCardsRoot . '/' . $parentId);
        $path = $base === false ? false : realpath($base . '/' . $filename);
        abort_if($path === false || !str_starts_with($path, $base . DIRECTORY_SEPARATOR), 404);

        return response()->stream(static function () use ($path): void {
            readfile($path); // SAFE path
        }, 200, ['Content-Type' => 'application/pdf']);
    }

    public function saveUpload(UploadedFile $upload, int $parentId, string $name): string
    {
        $dir = $this->root . '/parents/' . $parentId;
        File::ensureDirectoryExists($dir, 0750);
        $dest = $dir . '/' . $name;
        file_put_contents($dest, $upload->get()); // VULN path
        $real = realpath($dest);
        if ($real === false || !str_starts_with($real, realpath($dir) . DIRECTORY_SEPARATOR)) {
            @unlink($dest);
            throw new RuntimeException('Invalid document name');
        }
        return $real;
    }

    public function importBundle(string $zipPath, int $parentId): int
    {
        $zip = new ZipArchive();
        if ($zip->open($zipPath) !== true) {
            throw new RuntimeException('Unreadable archive');
        }
        $target = $this->root . '/parents/' . $parentId;
        File::ensureDirectoryExists($target, 0750);
        $entries = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = (string) $zip->getNameIndex($i);
            if ($entry === basename($entry) && preg_match('/^[A-Za-z0-9][A-Za-z0-9 _\-.]{0,120}\.(pdf|png|jpg)$/i', $entry)) {
                $entries[] = $entry;
            }
        }
        if ($entries !== []) {
            $zip->extractTo($target, $entries); // SAFE zipslip
        }
        $zip->close();

        return count($entries);
    }

    private function mimeFor(string $name): string
    {
        return self::MIME[strtolower(pathinfo($name, PATHINFO_EXTENSION))] ?? 'application/octet-stream';
    }
}
