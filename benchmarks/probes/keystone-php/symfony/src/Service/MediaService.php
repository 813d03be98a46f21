<?php

namespace App\Service;

use Symfony\Component\Filesystem\Filesystem;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\Process\Process;

final class MediaService
{
    private const THUMB_PRESETS = [
        'thumb' => '320x240',
        'card' => '640x480',
        'hero' => '1600x900',
    ];

    private readonly Filesystem $fs;

    public function __construct(private readonly string $mediaRoot)
    {
        $this->fs = new Filesystem();
    }

    public function storeHeadshot(int $agentId, UploadedFile $file, string $size): string
    {
        $dir = $this->mediaRoot . '/agents/' . $agentId;
        $this->fs->mkdir($dir);

        $source = $file->move($dir, 'original.' . ($file->guessExtension() ?? 'jpg'))->getPathname();
        $target = $dir . '/headshot.jpg';

        $process = Process::fromShellCommandline('convert ' . $source . ' -resize ' . $size . '^ -gravity center -extent ' . $size . ' ' . $target); // VULN cmdi
        $process->mustRun();

        return $target;
    }

    /**
     * @return list<string>
     */
    public function generateListingThumbnails(int $listingId, string $preset): array
    {
        $size = self::THUMB_PRESETS[$preset] ?? self::THUMB_PRESETS['card'];
        $photoDir = $this->mediaRoot . '/listings/' . $listingId . '/photos';
        $thumbDir = $this->mediaRoot . '/listings/' . $listingId . '/thumbs/' . $preset;
        $this->fs->mkdir($thumbDir);

        $written = [];
        foreach (glob($photoDir . '/*.{jpg,jpeg,png}', GLOB_BRACE) ?: [] as $photo) {
            $out = $thumbDir . '/' . basename($photo);
            $process = new Process(['convert', $photo, '-resize', $size, '-strip', $out]); // SAFE cmdi
            $process->mustRun();
            $written[] = $out;
        }

        return $written;
    }

    public function diskUsage(): string
    {
        $process = Process::fromShellCommandline('df -Pk /var/keystone/media | tail -n 1'); // SAFE cmdi
        $process->run();

        return trim($process->getOutput());
    }

    /**
     * @return list<string>
     */
    public function importPhotoArchive(int $listingId, string $archivePath): array
    {
        $zip = new \ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new \RuntimeException('The photo archive could not be opened.');
        }

        $dest = $this->mediaRoot . '/listings/' . $listingId . '/photos';
        $this->fs->mkdir($dest);
        $written = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = (string) $zip->getNameIndex($i);
            if ($entry === '' || str_ends_with($entry, '/')) {
                continue;
            }
            $target = $dest . '/' . $entry;
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
            $written[] = $entry;
        }
        $zip->close();

        return $written;
    }
}
