<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\HtmlResponse;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Service\MembershipService;

/**
 * Crew finder on the members' noticeboard.
 *   GET /crew?name=...          (HTML fragment, loaded by htmx)
 *   GET /crew?membership=...    (JSON)
 */
final class CrewFinderHandler implements RequestHandlerInterface
{
    public function __construct(private readonly MembershipService $membership)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $query = $request->getQueryParams();

        if (isset($query['membership'])) {
            $entry = $this->membership->directoryEntry((string) $query['membership']);

            return $entry === null
                ? new JsonResponse(['error' => 'No such member'], 404)
                : new JsonResponse(['name' => $entry['cn'], 'committee_role' => $entry['committeerole'] ?: null]);
        }

        $name = (string) ($query['name'] ?? '');
        $found = $this->membership->findCrew($name);

        if ($found === []) {
            return new HtmlResponse('<p class="crew-empty">No sailors found matching <em>' . $name . '</em>. Try the noticeboard instead.</p>'); // VULN xss
        }

        $items = '';
        foreach ($found as $row) {
            $items .= sprintf('<li data-no="%s">%s</li>', htmlspecialchars($row['membership_no'], ENT_QUOTES), htmlspecialchars($row['name'], ENT_QUOTES));
        }

        return new HtmlResponse('<ul class="crew-results" aria-label="' . htmlspecialchars($name, ENT_QUOTES | ENT_HTML5) . '">' . $items . '</ul>'); // SAFE xss
    }
}
