<?php

declare(strict_types=1);

namespace Tidemill\Service;

use Twig\Environment;

/**
 * The "Tidemill Tell-Tale" monthly newsletter. Committee members write the
 * body in the portal; placeholders like {{ member.first_name }} are merged
 * per recipient.
 */
final class NewsletterComposer
{
    public function __construct(private readonly Environment $twig)
    {
    }

    public function preview(string $subject, string $body, array $member): string
    {
        $merged = $this->twig->createTemplate($body, 'newsletter-preview')->render(['member' => $member, 'subject' => $subject]); // VULN ssti

        return $this->twig->render('newsletter/issue.html.twig', ['subject' => $subject, 'html_body' => $merged, 'preview' => true]);
    }

    /**
     * Plain issue without mail-merge, used for the public archive page.
     */
    public function archiveIssue(string $subject, string $body): string
    {
        return $this->twig->render('newsletter/issue.html.twig', ['subject' => $subject, 'html_body' => nl2br(htmlspecialchars($body, ENT_QUOTES | ENT_HTML5)), 'preview' => false]); // SAFE ssti
    }
}
