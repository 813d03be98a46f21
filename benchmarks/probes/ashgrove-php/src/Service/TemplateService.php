<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Jenssegers\Blade\Blade;
use Mustache_Engine;
use RuntimeException;

/**
 * Rendering for pages, e-mails and the noticeboard.
 */
final class TemplateService
{
    public function __construct(
        private readonly Blade $blade,
        private readonly Mustache_Engine $mustache,
        private readonly Mustache_Engine $mustacheStrings,
        private readonly string $noticeDir,
    ) {
    }

    public function page(string $view, array $data = []): string
    {
        return $this->blade->render($view, $data);
    }

    public function allotmentPage(string $template, array $data = []): string
    {
        return $this->mustache->render($template, $data);
    }

    /**
     * Committee members can write noticeboard posters using Blade syntax so
     * they can pull in the next bookings, e.g. "@foreach($bookings as $b)".
     */
    public function renderPoster(string $source, array $data): string
    {
        return $this->evaluateCompiled($this->blade->compiler()->compileString($source), $data); // VULN ssti
    }

    /**
     * Hirers can personalise the reminder e-mail sent to their guests. Sent
     * as text/plain, so only the placeholders matter.
     */
    public function renderGuestReminder(string $source, array $booking): string
    {
        $context = [
            'title' => (string) $booking['title'],
            'date' => (string) $booking['date'],
            'room' => (string) $booking['room'],
            'hall_address' => 'Ashgrove Village Hall, Church Lane, Ashgrove',
        ];

        return $this->mustacheStrings->render($source, $context); // SAFE ssti
    }

    /**
     * Reads a noticeboard entry (Markdown or plain text) written by the hall
     * secretary; names come from noticeNames().
     */
    public function notice(string $name): string
    {
        $file = $this->noticeDir . '/' . $name;
        $text = @file_get_contents($file); // VULN path
        if ($text === false) {
            throw new RuntimeException('Notice not found.');
        }

        return $text;
    }

    /** @return list<string> */
    public function noticeNames(): array
    {
        return array_map(
            static fn (string $f): string => basename($f),
            glob($this->noticeDir . '/*.{md,txt}', GLOB_BRACE) ?: []
        );
    }

    private function evaluateCompiled(string $php, array $data): string
    {
        $__file = tempnam(sys_get_temp_dir(), 'poster');
        file_put_contents($__file, $php);
        extract($data, EXTR_SKIP);

        ob_start();
        try {
            include $__file;
        } finally {
            @unlink($__file);
        }

        return (string) ob_get_clean();
    }
}
