<?php

namespace App\Support;

use Illuminate\Support\Str;

class ProgramFormatter
{
    private const STYLES = ['plain' => 'plainComposer', 'caps' => 'upperComposer'];

    public function render(string $notes, string $style): string
    {
        $method = self::STYLES[$style] ?? self::STYLES['plain'];

        return preg_replace_callback('/\[composer:([^\]]+)\]/u', [$this, $method], $notes); // SAFE code
    }

    protected function plainComposer(array $m): string
    {
        return trim($m[1]);
    }

    protected function upperComposer(array $m): string
    {
        return Str::upper(trim($m[1]));
    }
}
