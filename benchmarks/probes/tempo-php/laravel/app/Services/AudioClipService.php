<?php

namespace App\Services;

use Illuminate\Support\Str;
use Symfony\Component\Process\Process;

class AudioClipService
{
    public function __construct(private readonly string $recordingsDir, private readonly string $clipsDir) {}

    /** Cut a short excerpt from a lesson recording for the student's practice page. */
    public function makeExcerpt(string $recording, int $start, int $seconds): string
    {
        $source = $this->recordingsDir . '/' . $recording;
        $name = Str::uuid() . '.mp3';

        $process = Process::fromShellCommandline("ffmpeg -y -ss {$start} -t {$seconds} -i {$source} -codec:a libmp3lame -q:a 4 {$this->clipsDir}/{$name}"); // VULN cmdi
        $process->setTimeout(120)->mustRun();

        return $name;
    }

    public function normalizeLoudness(string $recording): string
    {
        $source = $this->recordingsDir . '/' . basename($recording);
        $name = Str::uuid() . '-normalized.mp3';

        $process = new Process(['ffmpeg', '-y', '-i', $source, '-af', 'loudnorm=I=-16:TP=-1.5', $this->clipsDir . '/' . $name]); // SAFE cmdi
        $process->setTimeout(300)->mustRun();

        return $name;
    }
}
