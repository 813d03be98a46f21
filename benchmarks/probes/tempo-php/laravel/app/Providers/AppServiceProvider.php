<?php

namespace App\Providers;

use App\Services\AudioClipService;
use App\Services\DirectoryService;
use App\Services\RepertoireService;
use App\Services\StaffTokenService;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(AudioClipService::class, fn () => new AudioClipService(config('tempo.recordings_dir'), config('tempo.clips_dir')));
        $this->app->singleton(RepertoireService::class, fn () => new RepertoireService(config('tempo.repertoire_catalog')));
        $this->app->singleton(DirectoryService::class, fn () => new DirectoryService(config('tempo.ldap')));
        $this->app->singleton(StaffTokenService::class, fn () => new StaffTokenService((string) config('tempo.jwt_secret')));
    }
}
