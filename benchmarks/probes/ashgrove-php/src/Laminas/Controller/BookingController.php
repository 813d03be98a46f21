<?php

declare(strict_types=1);

namespace Ashgrove\Laminas\Controller;

use Ashgrove\Dto\BookingRequest;
use Ashgrove\Dto\BookingSearch;
use DomainException;
use InvalidArgumentException;
use Laminas\Http\Response;
use Laminas\View\Model\JsonModel;

final class BookingController extends HallController
{
    public function listAction(): Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $saved = $this->services->bookings()->restoreListPreferences($this->cookieValue('booking_list_prefs'));
        $query = array_merge($saved, $this->params()->fromQuery());
        $search = BookingSearch::fromQuery($query);

        return $this->html('bookings.list', [
            'bookings' => $this->services->bookings()->search($search),
            'search' => $search,
        ]);
    }

    public function showAction(): Response
    {
        $member = $this->requireMember();
        if ($member instanceof Response) {
            return $member;
        }

        $booking = $this->services->bookings()->find((int) $this->params()->fromRoute('id'));
        if ($booking === null || ($booking->member_id !== $member->id && !$member->isCommittee())) {
            return $this->notFound();
        }

        return $this->html('bookings.show', ['booking' => $booking]);
    }

    public function createAction(): Response
    {
        $member = $this->requireMember();
        if ($member instanceof Response) {
            return $member;
        }

        if (!$this->getRequest()->isPost()) {
            return $this->html('bookings.form', ['errors' => [], 'old' => []]);
        }

        $post = $this->params()->fromPost();
        try {
            $booking = $this->services->bookings()->request(BookingRequest::fromForm($post, $member->id));
        } catch (InvalidArgumentException | DomainException $e) {
            return $this->html('bookings.form', ['errors' => [$e->getMessage()], 'old' => $post]);
        }

        $this->services->queue()->push('send_reminder', [
            'template' => 'key_collection',
            'email' => $member->email,
            'name' => $member->display_name,
        ]);

        return $this->redirect()->toRoute('bookings/show', ['id' => $booking->id]);
    }

    /**
     * Slots picked on the availability calendar but not yet submitted.
     */
    public function basketAction(): JsonModel
    {
        $slots = $this->services->bookings()->restoreBasket($this->cookieValue('ashgrove_basket'));

        return new JsonModel(['slots' => $slots, 'count' => count($slots)]);
    }

    public function invoiceAction(): Response|JsonModel
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $bookingId = (int) $this->params()->fromPost('booking_id');
        $paper = (string) $this->params()->fromPost('paper', 'A4');

        $jobId = $this->services->bookings()->queueInvoice($bookingId, $paper, $member->email);

        return new JsonModel(['queued' => true, 'job' => $jobId]);
    }

    public function posterAction(): Response
    {
        $member = $this->requireMember();
        if ($member instanceof Response) {
            return $member;
        }

        $booking = $this->services->bookings()->find((int) $this->params()->fromRoute('id'));
        if ($booking === null || $booking->member_id !== $member->id) {
            return $this->notFound();
        }

        $html = $this->services->templates()->page('bookings.poster', ['booking' => $booking]);
        $htmlFile = tempnam(sys_get_temp_dir(), 'poster') . '.html';
        file_put_contents($htmlFile, $html);

        $pdf = $this->services->reports()->renderPoster($htmlFile, (string) $this->params()->fromQuery('paper', 'A4'), $booking->title);

        $response = $this->getResponse();
        $response->getHeaders()
            ->addHeaderLine('Content-Type', 'application/pdf')
            ->addHeaderLine('Content-Disposition', 'attachment; filename="poster.pdf"');
        $response->setContent((string) file_get_contents($pdf));

        return $response;
    }
}
