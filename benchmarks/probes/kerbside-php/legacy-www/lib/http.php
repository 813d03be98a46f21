<?php

function redirect_to(string $url): never
{
    header('Location: ' . $url, true, 302); // VULN redirect
    exit;
}

function json_out(mixed $data, int $status = 200): never
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($data, JSON_UNESCAPED_SLASHES);
    exit;
}

/** Resolves $relative inside $base, or null if it does not exist or escapes $base. */
function resolve_under(string $base, string $relative): ?string
{
    $root = realpath($base);
    $full = realpath($base . DIRECTORY_SEPARATOR . $relative);
    if ($root === false || $full === false) {
        return null;
    }

    return str_starts_with($full, $root . DIRECTORY_SEPARATOR) ? $full : null;
}
