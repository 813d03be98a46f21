<?php
require __DIR__ . '/bootstrap.php';

$sections = ['faq' => 'pages/faq.php', 'shipping' => 'pages/shipping.php', 'returns' => 'pages/returns.php'];

if (isset($_GET['section'])) {
    include __DIR__ . '/' . ($sections[$_GET['section']] ?? 'pages/faq.php'); // SAFE path
} else {
    include __DIR__ . '/pages/' . $_GET['page'] . '.php'; // VULN path
}
