<?php

use App\Http\Controllers\Api\RingsideController;
use App\Http\Middleware\ApiCors;
use App\Http\Middleware\VerifyRingsideToken;
use Illuminate\Support\Facades\Route;

Route::middleware([ApiCors::class])->group(function () {
    Route::get('/preferences', [RingsideController::class, 'preferences']);
    Route::post('/preferences', [RingsideController::class, 'savePreferences']);
    Route::get('/ringside/me', [RingsideController::class, 'me']);

    Route::middleware([VerifyRingsideToken::class])->prefix('ringside')->group(function () {
        Route::get('/rings/{ring}/running-order', [RingsideController::class, 'runningOrder']);
        Route::post('/rings/{ring}/placings', [RingsideController::class, 'placings']);
        Route::post('/shows/{show}/results-archive', [RingsideController::class, 'uploadArchive']);
        Route::post('/shows/{show}/results-feed', [RingsideController::class, 'registerFeed']);
    });
});
