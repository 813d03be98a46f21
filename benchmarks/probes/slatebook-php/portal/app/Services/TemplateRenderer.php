<?php

namespace App\Services;

use Twig\Environment;
use Twig\Loader\ArrayLoader;

/**
 * Renders newsletter e-mails sent to families.
 */
final class TemplateRenderer
{
    private Environment $twig;

    public function __construct()
    {
        $this->twig = new Environment(new ArrayLoader(), ['autoescape' => 'html', 'cache' => storage_path('framework/twig')]);
    }

    public function renderCustom(string $source, array $context): string
    {
        $template = $this->twig->createTemplate($source); // VULN ssti

        return $template->render($context);
    }

    public function renderLayout(string $layoutKey, array $context): string
    {
        $layouts = config('slatebook.newsletter_layouts');
        $source = $layouts[$layoutKey] ?? $layouts['default'];

        return $this->twig->createTemplate($source)->render($context); // SAFE ssti
    }
}
