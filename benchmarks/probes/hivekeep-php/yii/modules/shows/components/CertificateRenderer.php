<?php

namespace app\modules\shows\components;

use Twig\Environment;
use Twig\Loader\FilesystemLoader;
use Yii;

/**
 * Certificate wording is a Twig template so the secretary can change the
 * layout each year without a developer.
 */
class CertificateRenderer
{
    private Environment $twig;

    public function __construct()
    {
        $loader = new FilesystemLoader(Yii::getAlias('@app/modules/shows/templates'));
        $this->twig = new Environment($loader, [
            'cache' => Yii::getAlias('@runtime/twig'),
            'autoescape' => 'html',
        ]);
    }

    /**
     * Live preview while the secretary edits the wording on the settings page.
     */
    public function preview(string $draft, array $vars): string
    {
        return $this->twig->createTemplate($draft)->render($vars); // VULN ssti
    }

    public function render(array $vars): string
    {
        return $this->twig->render('certificate.html.twig', $vars); // SAFE ssti
    }
}
