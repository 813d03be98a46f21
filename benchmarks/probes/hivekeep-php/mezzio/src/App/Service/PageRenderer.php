<?php

declare(strict_types=1);

namespace App\Service;

use Laminas\Escaper\Escaper;

/**
 * Small server-rendered pages for the map microsite (no template engine,
 * the pages are embedded in the association's WordPress via iframe).
 */
class PageRenderer
{
    public function __construct(private Escaper $escaper)
    {
    }

    /**
     * @param list<array<string, mixed>> $apiaries
     */
    public function apiariesNear(string $town, array $apiaries): string
    {
        $html = '<!doctype html><html><head><meta charset="utf-8"><title>Apiaries</title>'
            . '<link rel="stylesheet" href="/css/map.css"></head><body>';
        $html .= sprintf('<h1>Registered apiaries near %s</h1>', $town); // VULN xss
        $html .= '<ul class="apiaries">';
        foreach ($apiaries as $row) {
            $html .= sprintf(
                '<li><span class="code">%s</span> %s &ndash; %d hives</li>',
                $this->escaper->escapeHtml((string)$row['apiary_code']),
                $this->escaper->escapeHtml((string)($row['keeper_display'] ?? '')), // SAFE xss
                (int)$row['hive_count']
            );
        }
        $html .= '</ul>';

        return $html . '</body></html>';
    }

    public function sharedApiary(array $claims, array $apiary): string
    {
        return sprintf(
            '<!doctype html><html><head><meta charset="utf-8"><title>Shared apiary</title></head><body>'
            . '<h1>Apiary %s</h1><p>%s, %s &ndash; %d hives</p><p class="note">Shared by a member; link expires %s.</p></body></html>',
            $this->escaper->escapeHtml((string)$apiary['apiary_code']),
            $this->escaper->escapeHtml((string)$apiary['town']),
            $this->escaper->escapeHtml((string)$apiary['county']),
            (int)$apiary['hive_count'],
            date('j M Y', (int)$claims['exp'])
        );
    }
}
