<?php

namespace Tempo\Api\Infrastructure;

use RuntimeException;
use ZipArchive;

final class RecordingArchive
{
    private const AUDIO = ['mp3', 'm4a', 'wav', 'ogg'];

    /** @return list<string> names of the stored recordings */
    public function extractRecordings(string $zipFile, string $targetDir): array
    {
        $zip = new ZipArchive();
        if ($zip->open($zipFile) !== true) {
            throw new RuntimeException('not a zip archive');
        }
        is_dir($targetDir) || mkdir($targetDir, 0750, true);

        $stored = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = basename((string) $zip->getNameIndex($i));
            if ($name === '' || $name[0] === '.' || !in_array(strtolower(pathinfo($name, PATHINFO_EXTENSION)), self::AUDIO, true)) {
                continue;
            }
            file_put_contents($targetDir . '/' . $name, $zip->getFromIndex($i)); // SAFE zipslip
            $stored[] = $name;
        }
        $zip->close();

        return $stored;
    }
}
