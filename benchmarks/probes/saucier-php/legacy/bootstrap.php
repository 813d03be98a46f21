<?php
// Shared setup for the pre-Laravel forum and newsletter pages still served from /legacy.

session_start();

$pdo = new PDO('mysql:host=db.internal;dbname=saucier_forum;charset=utf8mb4', 'forum_app', 'Tr0ffle!Forum#2019', [ // VULN secret
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
]);

$mysqli = new mysqli(getenv('NEWSLETTER_DB_HOST'), getenv('NEWSLETTER_DB_USER'), getenv('NEWSLETTER_DB_PASS'), 'saucier_newsletter');
$mysqli->set_charset('utf8mb4');

function forum_password_digest(string $password): string
{
    return md5($password); // VULN hash
}

function h(?string $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
