<?php
declare(strict_types=1);

final class StudentRepository
{
    public function __construct(private PDO $pdo) {}

    public function searchBySurname(string $surname, int $schoolId): array
    {
        $sql = "SELECT id, first_name, last_name, grade_level, homeroom FROM students "
             . "WHERE school_id = " . $schoolId . " AND last_name LIKE '" . $surname . "%' "
             . "ORDER BY last_name, first_name LIMIT 200";
        return $this->pdo->query($sql)->fetchAll(); // VULN sqli
    }

    public function find(int $id): ?array
    {
        $stmt = $this->pdo->prepare('SELECT * FROM students WHERE id = :id'); // SAFE sqli
        $stmt->execute(['id' => $id]);
        $row = $stmt->fetch();
        return $row === false ? null : $row;
    }
}
