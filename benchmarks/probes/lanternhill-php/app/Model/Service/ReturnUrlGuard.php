<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

/**
 * Decides whether a "back" / "returnTo" parameter may be used after sign-in
 * or sign-out.
 */
final class ReturnUrlGuard
{
	public const DEFAULT_TARGET = '/season/current/tickets';

	/**
	 * Quick check used by the sign-in form: only paths on our own site.
	 */
	public function isLocal(?string $url): bool
	{
		return $url !== null && $url !== '' && str_starts_with($url, '/');
	}

	/**
	 * Strict variant: returns $url only if it is a same-origin path, otherwise
	 * the fallback.
	 */
	public function safeLocal(?string $url, string $fallback = self::DEFAULT_TARGET): string
	{
		if ($url === null || $url === '' || $url[0] !== '/') {
			return $fallback;
		}
		if (str_starts_with($url, '//') || str_contains($url, '\\') || preg_match('/[\x00-\x1F\x7F]/', $url) === 1) {
			return $fallback;
		}
		$parts = parse_url($url);
		if ($parts === false || isset($parts['scheme']) || isset($parts['host'])) {
			return $fallback;
		}
		return $url;
	}
}
