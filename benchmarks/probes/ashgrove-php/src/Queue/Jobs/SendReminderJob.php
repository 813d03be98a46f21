<?php

declare(strict_types=1);

namespace Ashgrove\Queue\Jobs;

use Ashgrove\Bootstrap\Services;

final class SendReminderJob
{
    private const SUBJECTS = [
        'waiting_list_confirm' => 'Please confirm your allotment application',
        'key_collection' => 'Collecting the village hall keys',
        'guest_reminder' => 'Reminder from Ashgrove Village Hall',
    ];

    public function __construct(private readonly Services $services)
    {
    }

    public function handle(array $payload): void
    {
        $template = (string) ($payload['template'] ?? '');
        if (!isset(self::SUBJECTS[$template])) {
            return;
        }

        $templates = $this->services->templates();

        if ($template === 'guest_reminder') {
            $body = $templates->renderGuestReminder((string) $payload['source'], (array) $payload['booking']);
        } else {
            $body = $templates->allotmentPage('reminder_email', [
                'name' => $payload['name'] ?? '',
                'code' => $payload['code'] ?? '',
                'confirm_url' => 'https://allotments.ashgrove-parish.org.uk/waiting-list/confirm?code=' . rawurlencode((string) ($payload['code'] ?? '')),
                'is_' . $template => true,
            ]);
        }

        $headers = [
            'From' => 'Ashgrove Village Hall <bookings@ashgrove-parish.org.uk>',
            'Content-Type' => 'text/plain; charset=UTF-8',
        ];

        $to = filter_var($payload['email'] ?? '', FILTER_VALIDATE_EMAIL);
        if ($to !== false) {
            mail($to, self::SUBJECTS[$template], $body, $headers);
        }
    }
}
