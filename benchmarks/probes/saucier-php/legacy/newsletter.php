<?php
require __DIR__ . '/bootstrap.php';

$email = trim($_POST['email'] ?? '');
$topic = $_POST['topic'] ?? 'weekly';

if ($_SERVER['REQUEST_METHOD'] === 'POST' && filter_var($email, FILTER_VALIDATE_EMAIL)) {
    $exists = $mysqli->query("SELECT id FROM subscribers WHERE email = '" . $email . "' AND topic = '" . $topic . "'"); // VULN sqli
    if ($exists->num_rows === 0) {
        $stmt = $mysqli->prepare('INSERT INTO subscribers (email, topic, created_at) VALUES (?, ?, NOW())');
        $stmt->bind_param('ss', $email, $topic);
        $stmt->execute();
    }
}

$name = $_GET['name'] ?? 'friend';
echo '<h1>Thanks, ' . $name . '!</h1><p>You are on the ' . h($topic) . ' list.</p>'; // VULN xss
