<?php

namespace App\Models;

use Illuminate\Foundation\Auth\User as Authenticatable;
use Illuminate\Notifications\Notifiable;

class User extends Authenticatable
{
    use Notifiable;

    protected $fillable = ['name', 'email', 'password', 'role', 'contractor_id'];

    protected $hidden = ['password', 'remember_token'];

    protected function casts(): array
    {
        return [
            'email_verified_at' => 'datetime',
            'password' => 'hashed',
        ];
    }

    public function isInspector(): bool
    {
        return $this->role === 'inspector';
    }

    public function isStaff(): bool
    {
        return in_array($this->role, ['inspector', 'plans_examiner', 'permit_tech'], true);
    }
}
