<?php

declare(strict_types=1);

namespace Ashgrove\Phalcon\Controllers;

use Ashgrove\Dto\WaitingListApplication;
use DomainException;
use InvalidArgumentException;

final class WaitingListController extends AllotmentBaseController
{
    private const AFTER_CONFIRM = ['/allotments', '/allotments/sites', '/allotments/waiting-list/position'];

    public function applyAction()
    {
        if (!$this->request->isPost()) {
            return $this->htmlResponse($this->services->templates()->allotmentPage('apply', []));
        }

        $draft = (string) $this->request->getPost('draft', null, '');
        $application = $draft !== ''
            ? WaitingListApplication::fromDraft($draft)
            : WaitingListApplication::fromPost($this->request->getPost());

        if ($this->request->getPost('save_draft') !== null) {
            $application = WaitingListApplication::fromPost($this->request->getPost());

            return $this->htmlResponse($this->services->templates()->allotmentPage('apply', [
                'draft' => $application->toDraft(),
                'saved' => true,
            ]));
        }

        try {
            $entry = $this->services->waitingList()->apply($application);
        } catch (InvalidArgumentException | DomainException $e) {
            return $this->htmlResponse($this->services->templates()->allotmentPage('apply', [
                'error' => $e->getMessage(),
                'draft' => $application->toDraft(),
            ]), 422);
        }

        return $this->response->redirect('/allotments/waiting-list/' . $entry->id . '/position');
    }

    public function confirmAction()
    {
        $code = (string) $this->request->getQuery('code', null, '');
        $next = (string) $this->request->getQuery('next', null, '/allotments');

        try {
            $this->services->waitingList()->confirm($code);
        } catch (DomainException $e) {
            return $this->htmlResponse('<p>' . htmlspecialchars($e->getMessage()) . '</p>', 410);
        }

        if (!in_array($next, self::AFTER_CONFIRM, true)) {
            $next = '/allotments';
        }

        return $this->response->redirect($next); // SAFE redirect
    }

    public function positionAction()
    {
        try {
            $data = $this->services->waitingList()->positionOf((int) $this->dispatcher->getParam('id'));
        } catch (DomainException $e) {
            return $this->jsonResponse(['error' => $e->getMessage()], 404);
        }

        return $this->jsonResponse([
            'site' => $data['entry']->preferred_site,
            'position' => $data['position'],
        ]);
    }

    public function listAction()
    {
        $entries = $this->services->waitingList()->listing(
            (string) $this->request->getQuery('sort', 'string', 'applied'),
            (string) $this->request->getQuery('dir', 'string', 'asc'),
            (int) $this->request->getQuery('page', 'int', 1),
        );

        return $this->htmlResponse($this->services->templates()->page('admin.waiting_list', [
            'entries' => $entries->map(static fn ($e): array => [
                'entry' => $e,
                'link' => \Ashgrove\Support\Guard::httpLinkOrNull($e->website),
            ])->all(),
        ]));
    }
}
