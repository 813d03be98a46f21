<?php

namespace Config;

use CodeIgniter\Config\BaseService;
use Fenwick\Domain\Rota\CleaningTimeEstimator;
use Fenwick\Infrastructure\Security\AccessCodeGenerator;
use Fenwick\Infrastructure\Security\PasswordHasher;
use Fenwick\Infrastructure\Security\StaffDirectory;
use Symfony\Component\Messenger\Bridge\Redis\Transport\RedisTransportFactory;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Middleware\SendMessageMiddleware;
use Symfony\Component\Messenger\Transport\Sender\SendersLocator;
use Symfony\Component\Messenger\Transport\Serialization\PhpSerializer;
use Fenwick\Messenger\Message\GenerateRotaReport;
use Fenwick\Messenger\Message\ResizeCottagePhoto;
use Fenwick\Messenger\Message\SyncOwnerCalendar;
use Psr\Container\ContainerInterface;

class Services extends BaseService
{
    public static function staffDirectory(bool $getShared = true): StaffDirectory
    {
        if ($getShared) {
            return static::getSharedInstance('staffDirectory');
        }

        return new StaffDirectory(
            (string) env('fenwick.ldap.uri', 'ldaps://ldap.fenwick.internal'),
            (string) env('fenwick.ldap.baseDn', 'ou=staff,dc=fenwick,dc=internal'),
            (string) env('fenwick.ldap.bindDn', 'cn=portal,ou=services,dc=fenwick,dc=internal'),
            (string) env('fenwick.ldap.bindPassword', ''),
        );
    }

    public static function passwordHasher(bool $getShared = true): PasswordHasher
    {
        if ($getShared) {
            return static::getSharedInstance('passwordHasher');
        }

        return new PasswordHasher((string) env('fenwick.tabletPepper', ''));
    }

    public static function accessCodes(bool $getShared = true): AccessCodeGenerator
    {
        if ($getShared) {
            return static::getSharedInstance('accessCodes');
        }

        return new AccessCodeGenerator();
    }

    public static function cleaningTimeEstimator(bool $getShared = true): CleaningTimeEstimator
    {
        if ($getShared) {
            return static::getSharedInstance('cleaningTimeEstimator');
        }

        return new CleaningTimeEstimator();
    }

    /**
     * The back office only sends messages; the workers consume them.
     */
    public static function messageBus(bool $getShared = true): MessageBusInterface
    {
        if ($getShared) {
            return static::getSharedInstance('messageBus');
        }

        $transport = (new RedisTransportFactory())->createTransport(
            (string) env('fenwick.messenger.dsn', 'redis://127.0.0.1:6379/fenwick-messages'),
            [],
            new PhpSerializer(),
        );

        $senders = new class ($transport) implements ContainerInterface {
            public function __construct(private readonly object $transport)
            {
            }

            public function get(string $id): object
            {
                return $this->transport;
            }

            public function has(string $id): bool
            {
                return $id === 'async';
            }
        };

        return new MessageBus([
            new SendMessageMiddleware(new SendersLocator([
                GenerateRotaReport::class => ['async'],
                ResizeCottagePhoto::class => ['async'],
                SyncOwnerCalendar::class => ['async'],
            ], $senders)),
        ]);
    }
}
