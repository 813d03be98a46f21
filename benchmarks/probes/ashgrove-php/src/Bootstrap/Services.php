<?php

declare(strict_types=1);

namespace Ashgrove\Bootstrap;

use Ashgrove\Queue\RedisQueue;
use Ashgrove\Repository\BookingRepository;
use Ashgrove\Repository\MemberRepository;
use Ashgrove\Repository\PlotRepository;
use Ashgrove\Repository\RoomRepository;
use Ashgrove\Repository\WaitingListRepository;
use Ashgrove\Service\AuthService;
use Ashgrove\Service\BookingService;
use Ashgrove\Service\CalendarSyncService;
use Ashgrove\Service\DocumentStore;
use Ashgrove\Service\ImportService;
use Ashgrove\Service\ParishDirectory;
use Ashgrove\Service\PaymentGateway;
use Ashgrove\Service\PricingCalculator;
use Ashgrove\Service\ReportService;
use Ashgrove\Service\TemplateService;
use Ashgrove\Service\WaitingListService;
use Ashgrove\Support\JwtService;
use GuzzleHttp\Client;
use Illuminate\Container\Container;
use Illuminate\Database\Capsule\Manager as Capsule;
use Illuminate\Events\Dispatcher;
use Jenssegers\Blade\Blade;
use Mustache_Engine;
use Mustache_Loader_FilesystemLoader;

/**
 * Very small service locator shared by all three HTTP front ends and the worker.
 */
final class Services
{
    private static ?self $instance = null;

    /** @var array<string, object> */
    private array $made = [];

    private function __construct(private readonly array $config)
    {
        $this->bootDatabase($config['database']);
    }

    /**
     * Boots Eloquent outside of Laravel so every entry point (Laminas,
     * Phalcon, Flight and the queue worker) shares the same connection.
     */
    private function bootDatabase(array $db): void
    {
        $capsule = new Capsule();
        $capsule->addConnection([
            'driver' => $db['driver'],
            'host' => $db['host'],
            'port' => $db['port'],
            'database' => $db['database'],
            'username' => $db['username'],
            'password' => $db['password'],
            'charset' => $db['charset'],
            'collation' => $db['collation'],
            'prefix' => $db['prefix'],
        ]);
        $capsule->setEventDispatcher(new Dispatcher(new Container()));
        $capsule->setAsGlobal();
        $capsule->bootEloquent();
    }

    private function blade(): Blade
    {
        $blade = new Blade(dirname(__DIR__, 2) . '/views/blade', $this->config['storage']['view_cache']);
        $blade->directive('money', function (string $expression): string {
            return "<?php echo '&pound;' . number_format((float) ($expression), 2); ?>";
        });

        return $blade;
    }

    private function mustache(bool $fromFiles): Mustache_Engine
    {
        $options = ['charset' => 'UTF-8', 'entity_flags' => ENT_QUOTES, 'strict_callables' => true];
        if ($fromFiles) {
            $options['loader'] = new Mustache_Loader_FilesystemLoader(dirname(__DIR__, 2) . '/views/mustache');
        }

        return new Mustache_Engine($options);
    }

    public static function get(): self
    {
        if (self::$instance === null) {
            self::$instance = new self(require dirname(__DIR__, 2) . '/config/app.php');
        }

        return self::$instance;
    }

    public function config(string $section): array
    {
        return $this->config[$section] ?? [];
    }

    public function bookings(): BookingService
    {
        return $this->made[__FUNCTION__] ??= new BookingService(
            new BookingRepository(),
            new RoomRepository(),
            $this->queue(),
            new PricingCalculator(),
        );
    }

    public function waitingList(): WaitingListService
    {
        return $this->made[__FUNCTION__] ??= new WaitingListService(
            new WaitingListRepository(),
            new PlotRepository(),
            $this->directory(),
            $this->queue(),
        );
    }

    public function auth(): AuthService
    {
        return $this->made[__FUNCTION__] ??= new AuthService(new MemberRepository(), $this->jwt());
    }

    public function jwt(): JwtService
    {
        return $this->made[__FUNCTION__] ??= new JwtService((string) getenv('ASHGROVE_JWT_SECRET'));
    }

    public function documents(): DocumentStore
    {
        return $this->made[__FUNCTION__] ??= new DocumentStore($this->config['storage']);
    }

    public function reports(): ReportService
    {
        return $this->made[__FUNCTION__] ??= new ReportService($this->config['storage']['reports']);
    }

    public function templates(): TemplateService
    {
        return $this->made[__FUNCTION__] ??= new TemplateService(
            $this->blade(),
            $this->mustache(true),
            $this->mustache(false),
            $this->config['storage']['notices'],
        );
    }

    public function calendar(): CalendarSyncService
    {
        return $this->made[__FUNCTION__] ??= new CalendarSyncService(
            new Client(['timeout' => 10, 'allow_redirects' => false]),
            $this->config['calendar'],
        );
    }

    public function imports(): ImportService
    {
        return $this->made[__FUNCTION__] ??= new ImportService(
            new Client(['timeout' => 15]),
            $this->config['parish_feeds'],
            $this->config['images']['cdn_prefix'],
            $this->config['storage']['imports'],
        );
    }

    public function payments(): PaymentGateway
    {
        return $this->made[__FUNCTION__] ??= new PaymentGateway();
    }

    public function directory(): ParishDirectory
    {
        return $this->made[__FUNCTION__] ??= new ParishDirectory($this->config['ldap']);
    }

    public function queue(): RedisQueue
    {
        return $this->made[__FUNCTION__] ??= new RedisQueue($this->config['redis']);
    }

    public function members(): MemberRepository
    {
        return $this->made[__FUNCTION__] ??= new MemberRepository();
    }

    public function plots(): PlotRepository
    {
        return $this->made[__FUNCTION__] ??= new PlotRepository();
    }
}
