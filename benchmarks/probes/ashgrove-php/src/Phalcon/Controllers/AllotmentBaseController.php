<?php

declare(strict_types=1);

namespace Ashgrove\Phalcon\Controllers;

use Ashgrove\Bootstrap\Services;
use Phalcon\Mvc\Controller;

/**
 * The allotment site renders its own HTML through the shared template
 * service, so Phalcon's view component is switched off.
 */
abstract class AllotmentBaseController extends Controller
{
    protected Services $services;

    public function initialize(): void
    {
        $this->services = Services::get();
        $this->view->disable();
    }

    protected function htmlResponse(string $html, int $status = 200)
    {
        $this->response->setStatusCode($status);
        $this->response->setContentType('text/html', 'UTF-8');
        $this->response->setContent($html);

        return $this->response;
    }

    protected function jsonResponse(array $data, int $status = 200)
    {
        $this->response->setStatusCode($status);
        $this->response->setJsonContent($data);

        return $this->response;
    }
}
