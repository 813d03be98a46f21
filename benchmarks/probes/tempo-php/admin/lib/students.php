<?php

require_once __DIR__ . '/db.php';

function admin_search_students(string $term, bool $withRentals = false): array
{
    $db = admin_db();
    $columns = 's.id, s.first_name, s.last_name, s.email, s.instrument, s.level';
    if ($withRentals) {
        $columns .= ', (SELECT COUNT(*) FROM rentals r WHERE r.student_id = s.id AND r.returned_on IS NULL) AS open_rentals';
    }

    $sql = "SELECT {$columns} FROM students s WHERE s.last_name LIKE '%{$term}%' OR s.email LIKE '%{$term}%' ORDER BY s.last_name LIMIT 100";
    $result = mysqli_query($db, $sql); // VULN sqli

    return mysqli_fetch_all($result, MYSQLI_ASSOC);
}
