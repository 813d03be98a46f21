<?php

namespace App\Controllers;

use App\Models\BookingModel;
use CodeIgniter\Exceptions\PageNotFoundException;

class Bookings extends BaseController
{
    private const STATUSES = ['confirmed', 'provisional', 'cancelled', 'completed'];

    private BookingModel $bookings;

    public function __construct()
    {
        $this->bookings = model(BookingModel::class);
    }

    public function index()
    {
        $guest = trim((string) $this->request->getGet('guest'));
        $status = (string) ($this->request->getGet('status') ?? 'confirmed');
        if (!in_array($status, self::STATUSES, true)) {
            $status = 'confirmed';
        }

        $rows = $guest === ''
            ? $this->bookings->recent()
            : $this->bookings->searchByGuest($guest, $status);

        return view('bookings/index', [
            'bookings' => $rows,
            'guest' => $guest,
            'status' => $status,
            'statuses' => self::STATUSES,
        ]);
    }

    public function show(int $id)
    {
        $booking = $this->bookings->withCottage($id);
        if ($booking === null) {
            throw PageNotFoundException::forPageNotFound();
        }

        return view('bookings/show', ['booking' => $booking]);
    }

    public function saveNote(int $id)
    {
        $note = (string) $this->request->getPost('special_requests');
        if (mb_strlen($note) > 2000) {
            return redirect()->back()->with('error', 'Notes are limited to 2000 characters.');
        }

        $this->bookings->update($id, [
            'special_requests' => $note,
            'housekeeping_note' => (string) $this->request->getPost('housekeeping_note'),
        ]);

        return redirect()->to(site_url('bookings/' . $id))->with('message', 'Notes saved.'); // SAFE redirect
    }

    public function arrivals()
    {
        $from = $this->request->getGet('from') ?: date('Y-m-d');
        $to = $this->request->getGet('to') ?: date('Y-m-d', strtotime('+7 days'));
        foreach ([$from, $to] as $date) {
            if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', (string) $date)) {
                return $this->response->setStatusCode(400)->setBody('Dates must be YYYY-MM-DD');
            }
        }

        return $this->response->setJSON($this->bookings->arrivalsBetween($from, $to, $this->request->getGet('village')));
    }
}
