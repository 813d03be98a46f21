<?php

namespace App\Service;

use Twig\Environment;

final class NoticeRenderer
{
    private const OVERDUE_TEMPLATE = <<<'TWIG'
        Dear {{ member.first_name }},

        {{ count }} item{{ count == 1 ? '' : 's' }} borrowed from {{ branch }} {{ count == 1 ? 'is' : 'are' }} now overdue.
        You can renew online at https://www.shelfmark.org/account or at any branch desk.

        Shelfmark Library Network
        TWIG;

    public function __construct(private readonly Environment $twig) {}

    public function preview(string $source, array $context): string
    {
        return $this->twig->createTemplate($source)->render($context); // VULN ssti
    }

    public function overdueReminder(array $member, int $count, string $branch): string
    {
        return $this->twig->createTemplate(self::OVERDUE_TEMPLATE)->render(['member' => $member, 'count' => $count, 'branch' => $branch]); // SAFE ssti
    }
}
