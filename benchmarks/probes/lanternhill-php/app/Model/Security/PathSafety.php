<?php

declare(strict_types=1);

namespace Lanternhill\Model\Security;

/**
 * Helpers for turning user-supplied names into paths under a known root.
 */
final class PathSafety
{
	/**
	 * Resolve $relative below $baseDir. The target must exist.
	 *
	 * @throws \InvalidArgumentException when the path leaves $baseDir
	 */
	public static function resolveInside(string $baseDir, string $relative): string
	{
		$base = realpath($baseDir);
		if ($base === false) {
			throw new \RuntimeException("Base directory $baseDir is missing");
		}

		$candidate = realpath($base . DIRECTORY_SEPARATOR . ltrim($relative, '/\\'));
		if ($candidate === false || !str_starts_with($candidate, $base . DIRECTORY_SEPARATOR)) {
			throw new \InvalidArgumentException('Path outside of media directory');
		}

		return $candidate;
	}

	/**
	 * Normalise an archive entry name to a safe relative path, or null if the
	 * entry must be skipped (absolute, drive-qualified, or climbing upwards).
	 */
	public static function normalizeRelative(string $entry): ?string
	{
		$entry = str_replace('\\', '/', $entry);
		if ($entry === '' || str_starts_with($entry, '/') || preg_match('~^[A-Za-z]:~', $entry) === 1 || str_contains($entry, "\0")) {
			return null;
		}

		$parts = [];
		foreach (explode('/', $entry) as $segment) {
			if ($segment === '' || $segment === '.') {
				continue;
			}
			if ($segment === '..') {
				return null;
			}
			$parts[] = $segment;
		}

		return $parts === [] ? null : implode('/', $parts);
	}

	public static function ensureDirectory(string $dir): void
	{
		if (!is_dir($dir) && !mkdir($dir, 0775, true) && !is_dir($dir)) {
			throw new \RuntimeException("Cannot create $dir");
		}
	}
}
