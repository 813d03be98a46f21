<?php

namespace App\Service;

use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

class ReceiptStorage
{
    public function __construct(private readonly string $receiptDir)
    {
    }

    public function download(string $file): BinaryFileResponse
    {
        // Never allow walking out of the receipts folder.
        $file = str_replace(['../', '..\\'], '', $file);
        $path = $this->receiptDir . '/' . ltrim($file, '/');

        if (!is_file($path)) {
            throw new NotFoundHttpException('Receipt not found.');
        }

        $response = new BinaryFileResponse($path); // VULN path
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_ATTACHMENT, basename($path));

        return $response;
    }

    public function downloadStatement(int $taxYear, string $file): BinaryFileResponse
    {
        $base = realpath(sprintf('%s/statements/%d', $this->receiptDir, $taxYear));
        $path = $base === false ? false : realpath($base . DIRECTORY_SEPARATOR . $file);

        if ($base === false || $path === false || !str_starts_with($path, $base . DIRECTORY_SEPARATOR) || !is_file($path)) {
            throw new NotFoundHttpException('Statement not found.');
        }

        $response = new BinaryFileResponse($path); // SAFE path
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_ATTACHMENT, basename($path));

        return $response;
    }
}
