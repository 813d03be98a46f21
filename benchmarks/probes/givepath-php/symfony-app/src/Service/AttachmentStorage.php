<?php

namespace App\Service;

use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

/**
 * Briefing packs, risk assessments and maps attached to volunteer events.
 */
class AttachmentStorage
{
    private const ALLOWED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx'];

    public function __construct(private readonly string $attachmentDir)
    {
    }

    public function store(int $eventId, UploadedFile $upload): string
    {
        $extension = strtolower($upload->guessExtension() ?? '');
        if (!in_array($extension, self::ALLOWED_EXTENSIONS, true)) {
            throw new \InvalidArgumentException('Unsupported attachment type.');
        }

        $name = sprintf('%s-%s.%s', date('Ymd'), bin2hex(random_bytes(6)), $extension);
        $upload->move(sprintf('%s/%d', $this->attachmentDir, $eventId), $name);

        return $name;
    }

    /**
     * @return list<string>
     */
    public function list(int $eventId): array
    {
        $dir = sprintf('%s/%d', $this->attachmentDir, $eventId);
        if (!is_dir($dir)) {
            return [];
        }

        return array_values(array_filter(scandir($dir) ?: [], static fn (string $f) => $f[0] !== '.'));
    }

    public function read(int $eventId, string $name): string
    {
        $path = sprintf('%s/%d/%s', $this->attachmentDir, $eventId, $name);
        if (!is_file($path)) {
            throw new NotFoundHttpException('Attachment not found.');
        }

        return file_get_contents($path); // VULN path
    }

    public function mimeType(string $name): string
    {
        return match (strtolower(pathinfo($name, PATHINFO_EXTENSION))) {
            'pdf' => 'application/pdf',
            'png' => 'image/png',
            'jpg', 'jpeg' => 'image/jpeg',
            'docx' => 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            default => 'application/octet-stream',
        };
    }
}
