<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Config;

/**
 * Environment-backed settings shared by the volunteer portal and the queue workers.
 *
 * The Drupal site reads its own configuration through the config system; only the
 * AMQP connection details are shared with it.
 */
final class Settings
{
    /** @var array<string, string> */
    private array $overrides;

    /**
     * @param array<string, string> $overrides
     */
    public function __construct(array $overrides = [])
    {
        $this->overrides = $overrides;
    }

    public static function fromEnvironment(): self
    {
        $overrides = [];
        $file = getenv('LAMPKEEP_ENV_FILE');
        if (is_string($file) && $file !== '' && is_readable($file)) {
            foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
                if (str_starts_with(trim($line), '#') || !str_contains($line, '=')) {
                    continue;
                }
                [$key, $value] = explode('=', $line, 2);
                $overrides[trim($key)] = trim($value, " \t\"'");
            }
        }

        return new self($overrides);
    }

    public function get(string $key, ?string $default = null): ?string
    {
        if (array_key_exists($key, $this->overrides)) {
            return $this->overrides[$key];
        }
        $value = getenv($key);

        return ($value === false || $value === '') ? $default : $value;
    }

    public function require(string $key): string
    {
        $value = $this->get($key);
        if ($value === null) {
            throw new \RuntimeException(sprintf('Missing required setting %s', $key));
        }

        return $value;
    }

    /**
     * @return array<string, mixed> Medoo connection options
     */
    public function databaseOptions(): array
    {
        return [
            'type' => 'mysql',
            'host' => $this->get('LAMPKEEP_DB_HOST', 'db.lampkeep.internal'),
            'database' => $this->get('LAMPKEEP_DB_NAME', 'lampkeep'),
            'username' => $this->get('LAMPKEEP_DB_USER', 'lampkeep'),
            'password' => $this->require('LAMPKEEP_DB_PASSWORD'), // SAFE secret
            'charset' => 'utf8mb4',
            'error' => \PDO::ERRMODE_EXCEPTION,
        ];
    }

    public function databaseDsn(): string
    {
        return sprintf(
            'mysql:host=%s;dbname=%s;charset=utf8mb4',
            $this->get('LAMPKEEP_DB_HOST', 'db.lampkeep.internal'),
            $this->get('LAMPKEEP_DB_NAME', 'lampkeep')
        );
    }

    public function storageRoot(): string
    {
        return rtrim($this->get('LAMPKEEP_STORAGE_ROOT', '/srv/lampkeep/storage'), '/');
    }

    public function archiveRoot(): string
    {
        return $this->storageRoot() . '/archive';
    }

    public function scanRoot(): string
    {
        return $this->storageRoot() . '/scans';
    }

    public function caBundle(): ?string
    {
        return $this->get('LAMPKEEP_CA_BUNDLE');
    }
}
