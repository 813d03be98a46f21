<?php

namespace App\Libraries;

use RuntimeException;

/**
 * Printable cleaning checklists (PDF/Markdown) kept per cottage, e.g.
 * "reedcutters/changeover.pdf" or "shared/hot-tub-dosing.md".
 */
class ChecklistLibrary
{
    public function __construct(private readonly string $root)
    {
    }

    public function contents(string $name): array
    {
        if ($name === '' || str_contains($name, '..') || str_starts_with($name, '/')) {
            throw new RuntimeException('Invalid checklist name');
        }

        $relative = urldecode($name);
        $path = rtrim($this->root, '/') . '/' . $relative;
        if (!is_file($path)) {
            throw new RuntimeException('Checklist not found');
        }

        return [
            'name' => basename($relative),
            'mime' => str_ends_with($relative, '.pdf') ? 'application/pdf' : 'text/plain; charset=utf-8',
            'body' => file_get_contents($path), // VULN path
        ];
    }
}
