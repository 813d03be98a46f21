<?php

namespace App\Providers;

use App\Models\Production;
use App\Models\User;
use App\Services\BrochureLibrary;
use App\Services\PartnerReturnPolicy;
use Illuminate\Support\Facades\Gate;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(BrochureLibrary::class, fn () => BrochureLibrary::fromConfig());
        $this->app->singleton(PartnerReturnPolicy::class, fn () => new PartnerReturnPolicy(config('partners.return_hosts')));
    }

    public function boot(): void
    {
        Gate::define('edit-programme', function (User $user, Production $production): bool {
            return $user->id === $production->director_id || $user->hasRole('artistic-committee');
        });
    }
}
