<?php

use App\Http\Controllers\AccountController;
use App\Http\Controllers\AuthController;
use App\Http\Controllers\ImportController;
use App\Http\Controllers\MediaController;
use App\Http\Controllers\PantryController;
use App\Http\Controllers\RecipeController;
use App\Http\Controllers\ShopController;
use App\Http\Controllers\WebhookController;
use App\Http\Middleware\PartnerCors;
use App\Http\Middleware\PublicApiCors;
use Illuminate\Support\Facades\Route;

Route::get('/', [RecipeController::class, 'index'])->name('home');
Route::get('/recipes', [RecipeController::class, 'index'])->name('recipes.index');
Route::get('/recipes/browse', [RecipeController::class, 'browse'])->name('recipes.browse');
Route::get('/recipes/{slug}', [RecipeController::class, 'show'])->name('recipes.show');
Route::post('/recipes/{recipe}/scale', [RecipeController::class, 'scale'])->name('recipes.scale');
Route::post('/recipes/card-preview', [RecipeController::class, 'preview'])->name('recipes.preview');
Route::post('/recipes/card-render', [RecipeController::class, 'renderCard'])->name('recipes.card');
Route::post('/recipes/{recipe}/image', [RecipeController::class, 'attachImage'])->middleware('auth');
Route::post('/recipes/{recipe}/cdn-image', [RecipeController::class, 'attachCdnImage'])->middleware('auth');

Route::post('/login', [AuthController::class, 'login'])->name('login');
Route::post('/logout', [AuthController::class, 'logout'])->name('logout');
Route::get('/sso/callback', [AuthController::class, 'ssoCallback']);
Route::post('/staff/login', [AuthController::class, 'staffLogin']);
Route::get('/staff/lookup', [AuthController::class, 'staffLookup'])->middleware('auth');
Route::post('/register', [AuthController::class, 'register']);
Route::post('/password/forgot', [AuthController::class, 'forgotPassword']);
Route::post('/api-keys', [AuthController::class, 'issueApiKey'])->middleware('auth');

Route::middleware('auth')->group(function () {
    Route::post('/account/preferences', [AccountController::class, 'update']);
});
Route::get('/widget/feed', [AccountController::class, 'widgetFeed']);
Route::get('/app/feed', [AccountController::class, 'appFeed']);

Route::get('/shop/orders', [ShopController::class, 'orders'])->middleware('auth');
Route::get('/shop/orders/{orderId}/invoice', [ShopController::class, 'invoice'])->middleware('auth');
Route::post('/shop/vouchers/redeem', [ShopController::class, 'redeem'])->middleware('auth');
Route::get('/shop/cart', [ShopController::class, 'cart']);
Route::get('/shop/reviews/by-product', [ShopController::class, 'productReviews']);

Route::get('/media/exports', [MediaController::class, 'downloadExport'])->middleware('auth');
Route::get('/media/cards', [MediaController::class, 'recipeCard']);
Route::get('/media/printables', [MediaController::class, 'printable']);
Route::post('/media/thumbnail', [MediaController::class, 'thumbnail'])->middleware('auth');
Route::post('/media/watermark', [MediaController::class, 'watermark'])->middleware('auth');

Route::post('/import/bundle', [ImportController::class, 'bundle'])->middleware('auth');
Route::post('/import/bundle/checked', [ImportController::class, 'checkedBundle'])->middleware('auth');
Route::post('/import/pantry', [ImportController::class, 'pantry'])->middleware('auth');
Route::post('/import/pantry/legacy', [ImportController::class, 'pantryLegacy'])->middleware('auth');

Route::get('/pantry/ingredients', [PantryController::class, 'ingredient']);
Route::get('/pantry/sku', [PantryController::class, 'sku']);

Route::post('/webhooks/payments', [WebhookController::class, 'payments']);

Route::middleware(PartnerCors::class)->prefix('partner')->group(function () {
    Route::get('/recipes', [RecipeController::class, 'partnerFeed']);
    Route::get('/me/orders', [ShopController::class, 'orders'])->middleware('auth');
});
Route::middleware(PublicApiCors::class)->prefix('public')->group(function () {
    Route::get('/recipes', [RecipeController::class, 'partnerFeed']);
    Route::get('/me/feed', [AccountController::class, 'appFeed']);
});
