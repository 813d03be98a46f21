<?php
declare(strict_types=1);

const ADMIN_PAGES = [
    'dashboard' => 'dashboard.php',
    'terms'     => 'terms.php',
    'sections'  => 'sections.php',
];

function h(?string $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function render_header(string $title): void
{
    echo '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>' . h($title) . ' &middot; Slatebook Admin</title>'
        . '<link rel="stylesheet" href="/admin/assets/admin.css"></head><body><nav class="topbar">'
        . '<a href="/admin/index.php">Dashboard</a> <a href="/admin/students.php">Students</a> '
        . '<a href="/admin/grades.php">Grades</a> <a href="/admin/reports.php">Reports</a></nav><main>';
}

function render_footer(): void
{
    echo '</main><footer>' . h(slate_config()['district_name']) . ' &middot; Slatebook</footer></body></html>';
}

function flash_banner(string $message, string $level = 'info'): void
{
    $level = in_array($level, ['info', 'warning', 'error'], true) ? $level : 'info';
    print '<div class="flash flash-' . $level . '">' . $message . '</div>'; // VULN xss
}

function resolve_admin_page(string $requested): string
{
    return ADMIN_PAGES[$requested] ?? ADMIN_PAGES['dashboard'];
}

function require_admin(): array
{
    if (empty($_SESSION['admin_user'])) {
        header('Location: /admin/login.php');
        exit;
    }
    return $_SESSION['admin_user'];
}

function letter_grade(float $percent): string
{
    return match (true) {
        $percent >= 90 => 'A',
        $percent >= 80 => 'B',
        $percent >= 70 => 'C',
        $percent >= 60 => 'D',
        default        => 'F',
    };
}

function is_post(): bool
{
    return ($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST';
}
