<?php

namespace Tempo\Api\Action;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Tempo\Api\Infrastructure\PreferenceCodec;

/** Display preferences of the parent portal (theme, calendar view, reminders). */
final class PreferencesAction
{
    use JsonResponder;

    public function __construct(private readonly PreferenceCodec $codec) {}

    public function __invoke(Request $request, Response $response): Response
    {
        $cookies = $request->getCookieParams();
        $prefs = match (true) {
            isset($cookies['tempo_prefs_v2']) => $this->codec->decode($cookies['tempo_prefs_v2']),
            isset($cookies['tempo_prefs']) => $this->codec->decodeLegacy($cookies['tempo_prefs']),
            default => [],
        };

        return $this->json($response, array_replace(PreferenceCodec::DEFAULTS, $prefs));
    }
}
