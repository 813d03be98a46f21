<?php

namespace App\Service;

use Twig\Environment;

final class EmailTemplateRenderer
{
    private const STANDARD = [
        'viewing_confirmed' => "Hi {{ buyer_name }},\n\nYour viewing of {{ listing_headline }} is confirmed for {{ slot }}.\n\nKind regards,\n{{ agent_name }}\nKeystone Realty",
        'offer_received' => "Hi {{ buyer_name }},\n\nThank you for your offer on {{ listing_headline }}. We will present it to the vendor today.\n\n{{ agent_name }}",
        'offer_accepted' => "Congratulations {{ buyer_name }}!\n\nYour offer on {{ listing_headline }} has been accepted.\n\n{{ agent_name }}",
    ];

    public function __construct(private readonly Environment $twig) {}

    public function renderCustom(string $body, array $context): string
    {
        $template = $this->twig->createTemplate($body, 'agent_custom_email'); // VULN ssti

        return $template->render($context);
    }

    public function renderStandard(string $key, array $context): string
    {
        $source = self::STANDARD[$key] ?? throw new \InvalidArgumentException(sprintf('Unknown template "%s".', $key));

        return $this->twig->createTemplate($source)->render($context); // SAFE ssti
    }
}
