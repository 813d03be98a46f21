<?php

declare(strict_types=1);

namespace Ashgrove\Laminas\Controller;

use DomainException;
use InvalidArgumentException;
use Laminas\Http\Response;
use Laminas\View\Model\JsonModel;
use RuntimeException;

/**
 * Tools for the hall committee and the allotment secretary.
 */
final class AdminController extends HallController
{
    public function posterPreviewAction(): Response
    {
        $member = $this->requireMember();
        if ($member instanceof Response) {
            return $member;
        }

        $source = (string) $this->params()->fromPost('source', '');
        $bookings = $this->services->bookings()->upcomingFor($member->id);

        $response = $this->getResponse();
        $response->setContent($this->services->templates()->renderPoster($source, [
            'bookings' => $bookings,
            'hall' => 'Ashgrove Village Hall',
        ]));

        return $response;
    }

    public function importEventsAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $file = $this->params()->fromFiles('events');
        if (!is_array($file) || ($file['error'] ?? UPLOAD_ERR_NO_FILE) !== UPLOAD_ERR_OK) {
            return new JsonModel(['ok' => false, 'error' => 'Choose an events file to upload.']);
        }

        try {
            $events = $this->services->imports()->importEventsXml((string) file_get_contents($file['tmp_name']));
        } catch (InvalidArgumentException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => true, 'events' => $events]);
    }

    public function uploadMinutesAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $file = $this->params()->fromFiles('archive');
        if (!is_array($file) || ($file['error'] ?? UPLOAD_ERR_NO_FILE) !== UPLOAD_ERR_OK) {
            return new JsonModel(['ok' => false, 'error' => 'Choose a zip file.']);
        }

        $written = $this->services->imports()->extractMinutes($file['tmp_name'], $this->services->config('storage')['minutes']);

        return new JsonModel(['ok' => true, 'files' => count($written)]);
    }

    public function uploadPhotosAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $file = $this->params()->fromFiles('archive');
        if (!is_array($file) || ($file['error'] ?? UPLOAD_ERR_NO_FILE) !== UPLOAD_ERR_OK) {
            return new JsonModel(['ok' => false, 'error' => 'Choose a zip file.']);
        }

        $written = $this->services->imports()->extractRoomPhotos($file['tmp_name'], $this->services->config('storage')['imports'] . '/rooms');

        return new JsonModel(['ok' => true, 'files' => count($written)]);
    }

    public function archiveAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        try {
            $archive = $this->services->reports()->archiveMinutes((string) $this->params()->fromPost('label', ''));
        } catch (RuntimeException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => true, 'archive' => basename($archive)]);
    }

    public function yearEndAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        try {
            $file = $this->services->reports()->yearEndExport($this->params()->fromQuery('year', date('Y')));
        } catch (RuntimeException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => true, 'file' => basename($file)]);
    }

    public function hallCalendarAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        try {
            $events = $this->services->calendar()->pullHallCalendar((string) $this->params()->fromPost('feed_url', ''));
        } catch (DomainException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => true, 'events' => count($events)]);
    }

    public function committeeDocumentAction(): Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $response = $this->getResponse();
        try {
            $response->setContent($this->services->documents()->readCommitteeDocument((string) $this->params()->fromQuery('path', '')));
            $response->getHeaders()->addHeaderLine('Content-Type', 'application/octet-stream');
        } catch (RuntimeException $e) {
            $response->setStatusCode(404);
        }

        return $response;
    }

    public function registerLookupAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $imports = $this->services->imports();
        $registerId = $this->params()->fromQuery('register_id');

        try {
            $entry = $registerId !== null
                ? $imports->registerEntryById($registerId)
                : $imports->registerEntry((string) $this->params()->fromQuery('ref', ''));
        } catch (InvalidArgumentException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => $entry !== null, 'entry' => $entry]);
    }

    public function parishFeedAction(): JsonModel
    {
        try {
            $items = $this->services->imports()->fetchParishFeed((string) $this->params()->fromRoute('feed', 'events'));
        } catch (InvalidArgumentException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => true, 'items' => $items]);
    }

    public function residentSearchAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        $surname = trim((string) $this->params()->fromQuery('surname', ''));
        if (mb_strlen($surname) < 2) {
            return new JsonModel(['ok' => false, 'error' => 'Type at least two letters.']);
        }

        return new JsonModel(['ok' => true, 'residents' => $this->services->directory()->residentsBySurname($surname)]);
    }
}
