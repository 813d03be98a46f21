<?php

namespace App\Providers;

use App\Services\StaffDirectory;
use Illuminate\Cache\RateLimiting\Limit;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\RateLimiter;
use Illuminate\Support\ServiceProvider;
use MongoDB\Client;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Client::class, function () {
            return new Client(config('services.mongodb.uri'), [], [
                'typeMap' => ['root' => 'array', 'document' => 'array', 'array' => 'array'],
            ]);
        });

        $this->app->singleton(StaffDirectory::class, function () {
            return new StaffDirectory(
                config('services.ldap.host'),
                config('services.ldap.base_dn'),
                config('services.ldap.bind_dn'),
                (string) config('services.ldap.password'),
            );
        });
    }

    public function boot(): void
    {
        RateLimiter::for('payments-callback', function (Request $request) {
            return Limit::perMinute(120)->by($request->ip());
        });
    }
}
