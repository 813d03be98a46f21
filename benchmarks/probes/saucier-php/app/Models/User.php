<?php

namespace App\Models;

use Illuminate\Foundation\Auth\User as Authenticatable;
use Illuminate\Notifications\Notifiable;

class User extends Authenticatable
{
    use Notifiable;

    protected $fillable = ['name', 'email', 'password', 'home_cuisine', 'reset_token', 'reset_expires_at'];

    protected $hidden = ['password', 'remember_token', 'reset_token'];

    public function recipes()
    {
        return $this->hasMany(Recipe::class);
    }

    public function following()
    {
        return $this->belongsToMany(User::class, 'follows', 'follower_id', 'followed_id');
    }
}
