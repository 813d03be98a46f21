<?php
declare(strict_types=1);

namespace App\Utility;

use Cake\Core\Configure;
use Cake\Http\Exception\NotFoundException;

/**
 * Inspection photos live under storage/inspection_photos/<apiary>/<file>.
 * Thumbnails are generated next to them under a "thumbs" folder.
 */
class PhotoStore
{
    private string $root;

    public function __construct(?string $root = null)
    {
        $this->root = rtrim($root ?? (string)Configure::read('Hivekeep.photoRoot'), DIRECTORY_SEPARATOR);
    }

    /**
     * Returns [bytes, mime] for a photo referenced as "<apiary>/<file>".
     */
    public function read(string $relative): array
    {
        $relative = str_replace('../', '', ltrim($relative, '/'));
        $path = $this->root . DIRECTORY_SEPARATOR . $relative;
        if (!is_file($path)) {
            throw new NotFoundException('Photo not found');
        }
        $bytes = file_get_contents($path); // VULN path

        return [$bytes, $this->mimeFor($path)];
    }

    public function thumbnail(string $apiary, string $file): array
    {
        $path = $this->containedPath('thumbs' . DIRECTORY_SEPARATOR . basename($apiary) . DIRECTORY_SEPARATOR . basename($file));
        $bytes = file_get_contents($path); // SAFE path

        return [$bytes, $this->mimeFor($path)];
    }

    private function containedPath(string $relative): string
    {
        $base = realpath($this->root);
        $resolved = realpath($this->root . DIRECTORY_SEPARATOR . $relative);
        if ($base === false || $resolved === false || !str_starts_with($resolved, $base . DIRECTORY_SEPARATOR)) {
            throw new NotFoundException('Photo not found');
        }

        return $resolved;
    }

    private function mimeFor(string $path): string
    {
        return match (strtolower(pathinfo($path, PATHINFO_EXTENSION))) {
            'png' => 'image/png',
            'webp' => 'image/webp',
            default => 'image/jpeg',
        };
    }
}
