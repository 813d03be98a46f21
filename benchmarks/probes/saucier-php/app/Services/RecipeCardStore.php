<?php

namespace App\Services;

use App\Support\PathGuard;
use Illuminate\Http\UploadedFile;

class RecipeCardStore
{
    private string $root;
    private string $printablesRoot;

    public function __construct()
    {
        $this->root = storage_path('app/cards/uploads');
        $this->printablesRoot = storage_path('app/cards/printables');
    }

    public function storeUpload(UploadedFile $file, string $name): string
    {
        if (!is_dir($this->root)) {
            mkdir($this->root, 0755, true);
        }

        $target = $this->root . '/' . $name;
        file_put_contents($target, $file->get()); // VULN path
        PathGuard::assertInside($this->root, $name);

        return $name;
    }

    public function readPrintable(string $name): string
    {
        $full = PathGuard::resolveInside($this->printablesRoot, $name);

        return file_get_contents($full); // SAFE path
    }
}
