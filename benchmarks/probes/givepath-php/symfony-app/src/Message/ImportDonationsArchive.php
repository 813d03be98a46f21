<?php

namespace App\Message;

final class ImportDonationsArchive
{
    public function __construct(
        public readonly string $archivePath,
        public readonly string $uploadedBy,
        public readonly string $region,
    ) {
    }
}
