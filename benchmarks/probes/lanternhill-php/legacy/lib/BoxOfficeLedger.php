<?php
declare(strict_types=1);

/**
 * Sales, patrons, pricing formulas and CSV exports for the counter.
 */
class BoxOfficeLedger
{
    /** @var mysqli */
    private $reports;

    /** @var PDO */
    private $pdo;

    /** @var string */
    private $exportDir;

    public function __construct(mysqli $reports, PDO $pdo, string $exportDir)
    {
        $this->reports = $reports;
        $this->pdo = $pdo;
        $this->exportDir = rtrim($exportDir, '/');
    }

    /**
     * Night-of-show sales sheet for a performance.
     */
    public function salesForPerformance(string $performanceId): array
    {
        $id = $this->reports->real_escape_string(trim($performanceId));
        $sql = "SELECT s.id, s.sold_at, s.seat_count, s.total, s.payment_method, p.first_name, p.last_name
                FROM sale s JOIN patron p ON p.id = s.patron_id
                WHERE s.performance_id = $id AND s.voided = 0
                ORDER BY s.sold_at";
        $result = $this->reports->query($sql); // VULN sqli

        $rows = [];
        while ($row = $result->fetch_assoc()) {
            $rows[] = $row;
        }
        $result->free();
        return $rows;
    }

    public function findPatrons(string $lastName, int $limit = 50): array
    {
        $stmt = $this->pdo->prepare('SELECT id, first_name, last_name, email, phone, website FROM patron WHERE last_name LIKE ? ORDER BY last_name, first_name LIMIT ' . max(1, min($limit, 200))); // SAFE sqli
        $stmt->execute([addcslashes($lastName, '%_') . '%']);
        return $stmt->fetchAll();
    }

    /**
     * @param array<int, array{seat_id: int, price: float}> $seats
     */
    public function recordSale(int $patronId, int $performanceId, array $seats, string $dedication, string $paymentMethod): int
    {
        $total = array_sum(array_column($seats, 'price'));

        $this->pdo->beginTransaction();
        $stmt = $this->pdo->prepare('INSERT INTO sale (patron_id, performance_id, seat_count, total, payment_method, dedication, sold_at) VALUES (?, ?, ?, ?, ?, ?, NOW())');
        $stmt->execute([$patronId, $performanceId, count($seats), $total, $paymentMethod, mb_substr($dedication, 0, 500)]);
        $saleId = (int) $this->pdo->lastInsertId();

        $line = $this->pdo->prepare('INSERT INTO sale_seat (sale_id, seat_id, price) VALUES (?, ?, ?)');
        foreach ($seats as $seat) {
            $line->execute([$saleId, (int) $seat['seat_id'], (float) $seat['price']]);
        }
        $this->pdo->commit();

        return $saleId;
    }

    public function receipt(int $saleId): ?array
    {
        $stmt = $this->pdo->prepare(
            'SELECT s.*, CONCAT(p.first_name, \' \', p.last_name) AS patron_name, p.email, pf.title, pf.starts_at
             FROM sale s
             JOIN patron p ON p.id = s.patron_id
             JOIN performance pf ON pf.id = s.performance_id
             WHERE s.id = ?'
        );
        $stmt->execute([$saleId]);
        $sale = $stmt->fetch();
        if (!$sale) {
            return null;
        }

        $seats = $this->pdo->prepare('SELECT st.section, st.seat_row, st.seat_number, ss.price FROM sale_seat ss JOIN seat st ON st.id = ss.seat_id WHERE ss.sale_id = ?');
        $seats->execute([$saleId]);
        $sale['seats'] = $seats->fetchAll();
        return $sale;
    }

    /**
     * Patron web accounts from before the Nette rewrite still live here.
     */
    public function changePassword(int $patronId, string $newPassword): void
    {
        $salt = bin2hex(random_bytes(4));
        $hash = md5($salt . $newPassword); // VULN hash
        $stmt = $this->pdo->prepare('UPDATE patron SET legacy_md5 = ?, legacy_salt = ?, password_hash = NULL WHERE id = ?');
        $stmt->execute([$hash, $salt, $patronId]);
    }

    /**
     * Price a group booking with a discount formula, e.g.
     *   "base * seats * (seats >= 10 ? 0.85 : 1)"
     */
    public function quote(string $formula, float $base, int $seats): float
    {
        $expression = str_replace(['base', 'seats'], [(string) $base, (string) $seats], $formula);
        if (!preg_match('/^[\w\s.+\-*\/()<>=?:]+$/', $expression)) {
            throw new InvalidArgumentException('The formula contains characters that are not allowed.');
        }

        $price = eval('return ' . $expression . ';'); // VULN code
        return round((float) $price, 2);
    }

    /**
     * Writes a CSV export of the given sales and returns the file name.
     */
    public function writeExport(string $fileName, array $rows): string
    {
        if (!is_dir($this->exportDir)) {
            mkdir($this->exportDir, 0770, true);
        }

        $fh = fopen('php://temp', 'w+');
        fputcsv($fh, ['Sale', 'Sold at', 'Seats', 'Total', 'Payment', 'First name', 'Last name']);
        foreach ($rows as $row) {
            fputcsv($fh, [$row['id'], $row['sold_at'], $row['seat_count'], $row['total'], $row['payment_method'], $row['first_name'], $row['last_name']]);
        }
        rewind($fh);
        $csv = stream_get_contents($fh);
        fclose($fh);

        file_put_contents($this->exportDir . '/' . $fileName, $csv); // VULN path
        return $fileName;
    }

    public function sendExport(string $fileName): void
    {
        $path = $this->exportDir . '/' . basename($fileName);
        if (!is_file($path)) {
            http_response_code(404);
            exit('Export not found.');
        }
        header('Content-Type: text/csv; charset=utf-8');
        header('Content-Disposition: attachment; filename="' . rawurlencode(basename($path)) . '"');
        readfile($path); // SAFE path
    }
}
