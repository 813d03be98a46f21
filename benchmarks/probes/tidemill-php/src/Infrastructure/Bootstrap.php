<?php

declare(strict_types=1);

namespace Tidemill\Infrastructure;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;
use League\Plates\Engine;
use PDO;
use Symfony\Component\HttpClient\HttpClient;
use Symfony\Contracts\HttpClient\HttpClientInterface;
use Twig\Environment;
use Twig\Loader\FilesystemLoader;

/**
 * Builds the two database handles used by the portal. Fleet and hire code
 * was written against DBAL; the older membership and results modules still
 * talk to PDO directly.
 */
final class Database
{
    private ?Connection $dbal = null;
    private ?PDO $pdo = null;

    /** @param array{driver:string,host:string,port:int,dbname:string,user:string,password:string} $settings */
    public function __construct(private readonly array $settings)
    {
    }

    public function dbal(): Connection
    {
        if ($this->dbal === null) {
            $this->dbal = DriverManager::getConnection([
                'driver' => $this->settings['driver'],
                'host' => $this->settings['host'],
                'port' => $this->settings['port'],
                'dbname' => $this->settings['dbname'],
                'user' => $this->settings['user'],
                'password' => $this->settings['password'],
                'charset' => 'utf8',
            ]);
        }

        return $this->dbal;
    }

    public function pdo(): PDO
    {
        if ($this->pdo === null) {
            $dsn = sprintf(
                'pgsql:host=%s;port=%d;dbname=%s',
                $this->settings['host'],
                $this->settings['port'],
                $this->settings['dbname']
            );
            $this->pdo = new PDO($dsn, $this->settings['user'], $this->settings['password'], [
                PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
                PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
                PDO::ATTR_EMULATE_PREPARES => false,
            ]);
        }

        return $this->pdo;
    }
}

/**
 * Named outbound HTTP clients. Each integration gets its own client so that
 * timeouts and TLS settings can be tuned per remote system.
 */
final class HttpClients
{
    public function __construct(private readonly array $config)
    {
    }

    public function general(): HttpClientInterface
    {
        return HttpClient::create([
            'timeout' => 10,
            'max_redirects' => 3,
            'headers' => ['User-Agent' => 'TidemillPortal/2.4 (+https://tidemill-sc.org.uk)'],
        ]);
    }

    /**
     * The tide gauge on the slipway runs a small embedded web server with a
     * certificate issued by the club's own CA.
     */
    public function tideGauge(): HttpClientInterface
    {
        return HttpClient::create(['timeout' => 4, 'verify_peer' => true, 'verify_host' => true, 'cafile' => $this->config['tide_gauge']['ca_file']]); // SAFE tls
    }

    /**
     * Halsail / Sailwave mirrors used for open-meeting results. Some regatta
     * hosts still publish from boxes with expired certificates.
     */
    public function resultsMirror(): HttpClientInterface
    {
        return HttpClient::create(['timeout' => 20, 'verify_peer' => false, 'verify_host' => false]); // VULN tls
    }
}

final class ViewFactory
{
    public static function twig(string $root, bool $debug = false): Environment
    {
        $loader = new FilesystemLoader($root . '/templates/twig');
        $twig = new Environment($loader, [
            'cache' => $debug ? false : $root . '/var/cache/twig',
            'autoescape' => 'html',
            'strict_variables' => $debug,
        ]);
        $twig->addGlobal('club_name', 'Tidemill Sailing Club');

        return $twig;
    }

    public static function plates(string $root): Engine
    {
        $engine = new Engine($root . '/templates/plates');
        $engine->addData(['clubName' => 'Tidemill Sailing Club']);

        return $engine;
    }
}
