<?php

namespace App\Service;

use Symfony\Component\HtmlSanitizer\HtmlSanitizerInterface;

class ContentSanitizer
{
    public function __construct(private readonly HtmlSanitizerInterface $appCampaignSummarySanitizer)
    {
    }

    public function campaignSummary(?string $html): ?string
    {
        if ($html === null || trim($html) === '') {
            return null;
        }

        return $this->appCampaignSummarySanitizer->sanitize($html);
    }

    public function plainText(?string $text, int $maxLength = 2000): ?string
    {
        if ($text === null) {
            return null;
        }

        $text = trim(preg_replace('/\s+\n/', "\n", $text) ?? '');

        return $text === '' ? null : mb_substr($text, 0, $maxLength);
    }
}
