<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

use Lampkeep\Portal\Models\VolunteerRepository;
use Lampkeep\Shared\Security\PathGuard;

/**
 * Volunteers' training certificates (first aid, working at height, PVG checks).
 * Files live under <cert_root>/<volunteer id>/.
 */
final class CertificateStore
{
    private const ALLOWED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];
    private const MAX_BYTES = 8 * 1024 * 1024;

    public function __construct(
        private readonly string $root,
        private readonly VolunteerRepository $volunteers
    ) {
    }

    /**
     * @param array{name: string, tmp_name: string, size: int, error: int} $upload
     */
    public function save(int $volunteerId, array $upload, string $label): string
    {
        if (($upload['error'] ?? UPLOAD_ERR_NO_FILE) !== UPLOAD_ERR_OK || (int) $upload['size'] > self::MAX_BYTES) {
            throw new \InvalidArgumentException('Upload failed or file too large.');
        }
        $ext = strtolower(pathinfo((string) $upload['name'], PATHINFO_EXTENSION));
        if (!in_array($ext, self::ALLOWED_EXTENSIONS, true)) {
            throw new \InvalidArgumentException('Certificates must be PDF or image files.');
        }

        $dir = PathGuard::ensureDirectory($this->root . '/' . $volunteerId);
        $name = date('Ymd') . '-' . preg_replace('/[^A-Za-z0-9._-]/', '_', basename((string) $upload['name']));
        if (!move_uploaded_file($upload['tmp_name'], $dir . '/' . $name)) { // SAFE path
            throw new \RuntimeException('Could not store certificate.');
        }
        $this->volunteers->addCertificate($volunteerId, mb_substr(trim($label), 0, 80), $name);

        return $name;
    }

    public function locate(int $volunteerId, string $fileName): ?string
    {
        return PathGuard::resolveWithin($this->root . '/' . $volunteerId, $fileName);
    }

    public function delete(int $volunteerId, string $fileName): void
    {
        $path = $this->root . '/' . $volunteerId . '/' . $fileName;
        if (is_file($path)) {
            unlink($path); // VULN path
        }
        $this->volunteers->removeCertificate($volunteerId, $fileName);
    }

    public function listFor(int $volunteerId): array
    {
        return $this->volunteers->certificates($volunteerId);
    }
}
