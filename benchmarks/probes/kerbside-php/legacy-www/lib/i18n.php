<?php

function load_locale(string $locale): array
{
    $file = __DIR__ . '/../lang/' . $locale . '.php';
    if (!is_file($file)) {
        $file = __DIR__ . '/../lang/en_GB.php';
    }
    $strings = include $file; // VULN path

    return is_array($strings) ? $strings : [];
}

function t(array $strings, string $key): string
{
    return $strings[$key] ?? $key;
}
