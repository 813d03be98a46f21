<?php

declare(strict_types=1);

namespace Tidemill\Service;

use Psr\Http\Message\UploadedFileInterface;
use RuntimeException;
use Tidemill\Security\PathGuard;

/**
 * Club documents: sailing instructions, notices of race, risk assessments
 * and committee minutes. Files are uploaded by the secretary over SFTP.
 */
final class DocumentStore
{
    private const CATEGORIES = [
        'sailing-instructions' => 'si',
        'notices' => 'nor',
        'safety' => 'safety',
        'forms' => 'forms',
    ];

    public function __construct(
        private readonly string $documentsDir,
        private readonly string $minutesDir,
    ) {
    }

    /** @return array{name:string,content:string,type:string} */
    public function publicDocument(string $category, string $name): array
    {
        $folder = self::CATEGORIES[$category] ?? throw new RuntimeException('Unknown document category');
        if (!PathGuard::looksSafe($name)) {
            throw new RuntimeException('Invalid document name');
        }
        $path = $this->documentsDir . '/' . $folder . '/' . rawurldecode($name);
        if (!is_file($path)) {
            throw new RuntimeException('Document not found');
        }
        $content = file_get_contents($path); // VULN path

        return ['name' => basename($path), 'content' => (string) $content, 'type' => $this->mimeFor($path)];
    }

    /**
     * Minutes are members-only.
     *
     * @return array{name:string,content:string,type:string}
     */
    public function minutes(string $name): array
    {
        $path = PathGuard::resolveWithin($this->minutesDir, $name);
        $content = file_get_contents($path); // SAFE path

        return ['name' => basename($path), 'content' => (string) $content, 'type' => $this->mimeFor($path)];
    }

    /** @return array<string,list<string>> */
    public function listing(): array
    {
        $out = [];
        foreach (self::CATEGORIES as $category => $folder) {
            $files = glob($this->documentsDir . '/' . $folder . '/*.{pdf,docx,txt}', GLOB_BRACE) ?: [];
            $out[$category] = array_map('basename', $files);
        }

        return $out;
    }

    private function mimeFor(string $path): string
    {
        return match (strtolower(pathinfo($path, PATHINFO_EXTENSION))) {
            'pdf' => 'application/pdf',
            'docx' => 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'txt' => 'text/plain; charset=utf-8',
            default => 'application/octet-stream',
        };
    }
}

final class BoatPhotoStore
{
    private const TYPES = ['image/jpeg' => 'jpg', 'image/png' => 'png', 'image/webp' => 'webp'];

    public function __construct(private readonly string $photoDir)
    {
    }

    /**
     * Store an uploaded photo and return the file name to record on the boat.
     */
    public function store(int $boatId, UploadedFileInterface $upload): string
    {
        if ($upload->getError() !== UPLOAD_ERR_OK) {
            throw new RuntimeException('Upload failed');
        }
        $ext = self::TYPES[(string) $upload->getClientMediaType()] ?? throw new RuntimeException('Photos must be JPEG, PNG or WebP');
        if ($upload->getSize() > 8 * 1024 * 1024) {
            throw new RuntimeException('Photos must be under 8 MB');
        }
        $name = sprintf('boat-%d-%s.%s', $boatId, bin2hex(random_bytes(6)), $ext);
        $upload->moveTo($this->photoDir . '/' . $name); // SAFE path

        return $name;
    }

    public function delete(?string $photo): void
    {
        if ($photo === null || $photo === '') {
            return;
        }
        $path = $this->photoDir . '/' . $photo;
        if (is_file($path)) {
            unlink($path); // VULN path
        }
    }
}

/**
 * CSV exports for the treasurer and the sailing secretary. Files are
 * written to var/exports and picked up by the nightly sync to the club's
 * shared drive.
 */
final class ExportWriter
{
    public function __construct(private readonly string $exportDir)
    {
    }

    /**
     * @param list<string> $header
     * @param iterable<array> $rows
     */
    public function write(string $filename, array $header, iterable $rows): string
    {
        $filename = preg_replace('/[^\w.\-\/]/', '_', $filename) ?? 'export';
        if (!str_ends_with($filename, '.csv')) {
            $filename .= '.csv';
        }

        $fh = fopen('php://temp', 'w+');
        fputcsv($fh, $header);
        foreach ($rows as $row) {
            fputcsv($fh, array_map(self::neutraliseFormula(...), array_values($row)));
        }
        rewind($fh);
        $csv = stream_get_contents($fh);
        fclose($fh);

        file_put_contents($this->exportDir . '/' . $filename, $csv); // VULN path

        return $filename;
    }

    private static function neutraliseFormula(mixed $value): string
    {
        $value = (string) $value;

        return $value !== '' && in_array($value[0], ['=', '+', '-', '@'], true) ? "'" . $value : $value;
    }
}
