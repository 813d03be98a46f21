<?php

namespace App\Service;

use App\Entity\Donation;
use Twig\Environment;

/**
 * Fundraisers write a short thank-you note for their sponsors; we show them a preview first.
 */
class LetterPreviewService
{
    private const SALUTATIONS = [
        'formal' => 'Dear {{ donor.title ?: "Supporter" }} {{ donor.lastName }},',
        'friendly' => 'Hi {{ donor.firstName }},',
        'team' => 'Dear {{ donor.firstName }}, from all of us at {{ campaign }},',
    ];

    public function __construct(private readonly Environment $twig)
    {
    }

    public function availableSalutations(): array
    {
        return array_keys(self::SALUTATIONS);
    }

    public function previewSalutation(string $style, array $donor, string $campaignTitle): string
    {
        $source = self::SALUTATIONS[$style] ?? self::SALUTATIONS['formal'];

        return $this->twig->createTemplate($source)->render(['donor' => $donor, 'campaign' => $campaignTitle]); // SAFE ssti
    }

    public function previewBody(string $intro, Donation $sampleGift): string
    {
        $template = $this->twig->createTemplate($intro . "\n\n{% include 'letters/_gift_summary.txt.twig' %}"); // VULN ssti

        return $template->render(['donation' => $sampleGift, 'campaign' => $sampleGift->getCampaign()]);
    }
}
