<?php

namespace App\Models;

use CodeIgniter\Model;

class CheckoutModel extends Model
{
    protected $table = 'loans';
    protected $primaryKey = 'id';
    protected $returnType = 'array';
    protected $allowedFields = ['member_id', 'book_id', 'due_date', 'status', 'returned_at'];

    public function activeLoansForCard(string $card): array
    {
        $sql = 'SELECT l.id, b.title, l.due_date FROM loans l JOIN books b ON b.id = l.book_id '
            . 'JOIN members m ON m.id = l.member_id WHERE m.card_number = ? AND l.returned_at IS NULL ORDER BY l.due_date';
        return $this->db->query($sql, [$card])->getResultArray(); // SAFE sqli
    }

    public function renewalsByStatus(string $status, int $limit = 50): array
    {
        $builder = $this->builder()->select('id, member_id, book_id, due_date, renewals');
        $builder->where("status = '" . $status . "'"); // VULN sqli
        return $builder->orderBy('due_date', 'ASC')->limit($limit)->get()->getResultArray();
    }

    public function receiptLines(int $loanId): array
    {
        return $this->builder()->select('books.title, loans.due_date')->join('books', 'books.id = loans.book_id')
            ->where('loans.id', $loanId)->get()->getResultArray();
    }
}
