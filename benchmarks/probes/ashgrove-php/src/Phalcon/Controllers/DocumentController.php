<?php

declare(strict_types=1);

namespace Ashgrove\Phalcon\Controllers;

use InvalidArgumentException;
use RuntimeException;

/**
 * Public hall documents: hire agreement, risk assessments, price list and
 * published minutes.
 */
final class DocumentController extends AllotmentBaseController
{
    public function downloadAction()
    {
        try {
            $this->services->documents()->streamDocument((string) $this->dispatcher->getParam('name'));
        } catch (InvalidArgumentException $e) {
            return $this->htmlResponse('<p>Document not found.</p>', 404);
        }

        $this->response->setContent('');

        return $this->response;
    }

    public function minutesAction()
    {
        try {
            $path = $this->services->documents()->minutesFile((string) $this->dispatcher->getParam('date'));
        } catch (InvalidArgumentException | RuntimeException $e) {
            return $this->htmlResponse('<p>' . htmlspecialchars($e->getMessage()) . '</p>', 404);
        }

        $this->response->setContentType('application/pdf');
        $this->response->setFileToSend($path, basename($path), false); // SAFE path

        return $this->response;
    }

    public function thumbnailAction()
    {
        $doc = (string) $this->request->getQuery('doc', null, '');
        $page = (string) $this->request->getQuery('page', null, '1');

        try {
            $png = $this->services->documents()->thumbnail($doc, $page);
        } catch (InvalidArgumentException | RuntimeException $e) {
            return $this->jsonResponse(['error' => $e->getMessage()], 404);
        }

        $this->response->setContentType('image/png');
        $this->response->setHeader('Cache-Control', 'public, max-age=86400');
        $this->response->setContent((string) file_get_contents($png));

        return $this->response;
    }

    public function pagesAction()
    {
        try {
            $count = $this->services->documents()->pageCount((string) $this->request->getQuery('doc', null, ''));
        } catch (RuntimeException $e) {
            return $this->jsonResponse(['error' => $e->getMessage()], 404);
        }

        return $this->jsonResponse(['pages' => $count]);
    }

    public function deleteAttachmentAction()
    {
        if (!$this->request->isPost() || !$this->security->checkToken()) {
            return $this->jsonResponse(['error' => 'Invalid request.'], 400);
        }

        $this->services->documents()->deleteAttachment((string) $this->request->getPost('name', null, ''));

        return $this->jsonResponse(['deleted' => true]);
    }
}
