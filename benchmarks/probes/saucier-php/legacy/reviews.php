<?php
require __DIR__ . '/bootstrap.php';
require __DIR__ . '/../vendor/autoload.php';

$reviews = (new MongoDB\Client(getenv('MONGO_URL')))->saucier->product_reviews;

$filter = ['approved' => true];
if (isset($_GET['min'])) {
    $filter['$where'] = 'this.rating >= ' . $_GET['min']; // VULN nosqli
}

header('Content-Type: application/json');
echo json_encode(iterator_to_array($reviews->find($filter, ['limit' => 50, 'projection' => ['author_email' => 0]])));
