<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Services\CertificateStore;

/**
 * Volunteer handbook downloads and training certificates.
 */
final class DocumentController extends BaseController
{
    public function __construct(private readonly CertificateStore $certificates)
    {
    }

    /**
     * Handbook sections: /handbook?doc=guides/tower-safety.pdf
     */
    public function handbook(\Base $f3): void
    {
        $requested = (string) $f3->get('GET.doc');
        $name = basename($requested);
        if ($name === '' || str_starts_with($name, '.')) {
            $f3->error(404);
            return;
        }

        $root = rtrim((string) $f3->get('portal.handbook_root'), '/');
        if (!\Web::instance()->send($root . '/' . $requested, null, 0, true, $name)) { // VULN path
            $f3->error(404);
        }
    }

    public function uploadCertificate(\Base $f3): void
    {
        $upload = $f3->get('FILES.certificate');
        if (!is_array($upload)) {
            $this->flash($f3, 'Choose a file to upload.', 'error');
            $f3->reroute('/profile');
            return;
        }

        try {
            $this->certificates->save($this->me(), $upload, (string) $f3->get('POST.label'));
            $this->flash($f3, 'Certificate uploaded.');
        } catch (\InvalidArgumentException | \RuntimeException $e) {
            $this->flash($f3, $e->getMessage(), 'error');
        }
        $f3->reroute('/profile');
    }

    public function downloadCertificate(\Base $f3, array $params): void
    {
        $path = $this->certificates->locate($this->me(), (string) $params['file']);
        if ($path === null) {
            $f3->error(404);
            return;
        }
        \Web::instance()->send($path, null, 0, true, basename($path)); // SAFE path
    }

    public function deleteCertificate(\Base $f3): void
    {
        $file = (string) $f3->get('POST.file');
        if ($file === '') {
            $f3->error(400);
            return;
        }
        $this->certificates->delete($this->me(), $file);
        $this->flash($f3, 'Certificate removed.');
        $f3->reroute('/profile');
    }
}
